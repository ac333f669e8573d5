package org.voisinage.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.voisinage.exchange.ListingRulesTests.deal;
import static org.voisinage.exchange.ListingRulesTests.lend;
import static org.voisinage.exchange.ListingRulesTests.service;
import static org.voisinage.exchange.ListingRulesTests.titled;
import static org.voisinage.exchange.ListingRulesTests.withRadius;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.messaging.ConversationStarting;
import org.voisinage.support.StatementCounter;
import org.voisinage.common.SiteClock;
import org.voisinage.support.TestData;

/** Publishing, browsing by kind, category, direction and distance, full-text search, history, on the real database. */
@SpringBootTest
@AutoConfigureMockMvc
@Import({TestData.class, StatementCounter.Installation.class})
class ListingBrowseTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired Listings listings;
    @Autowired ListingPublishing publishing;
    @Autowired SiteClock clock;
    @Autowired ListingBrowsing browsing;
    @Autowired ListingExpiry expiry;
    @Autowired ConversationStarting starting;
    @Autowired ListingModeration moderation;

    ExchangeFixtures f;

    @BeforeEach
    void neighbourhoods() {
        f = ExchangeFixtures.create(data, jdbc);
    }

    List<String> titles(long viewer, BrowseFilter filter) {
        return browsing.browse(viewer, filter, PageRequest.of(0, 50)).page().map(ListingCard::title).getContent();
    }

    static BrowseFilter all() {
        return new BrowseFilter(null, null, null, null, null);
    }

    @Test
    void aVerifiedResidentPublishesThroughTheFormAndSeesTheListingPage() throws Exception {
        mvc.perform(post("/echanges/nouvelle").with(user(data.user(f.homeResident()))).with(csrf())
                        .param("direction", "OFFER").param("kind", "LEND").param("category", "TOOLS")
                        .param("title", "Perceuse à percussion").param("description", "Avec **forets** béton")
                        .param("availability", "Le soir").param("radiusKm", "3")
                        .param("lendCondition", "GOOD").param("lendDurationDays", "7"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/echanges/*"));
        long id = jdbc.queryForObject("select id from listing where author_id = ?", Long.class, f.homeResident());
        assertThat(jdbc.queryForObject("select expires_on from listing where id = ?", LocalDate.class, id))
                .isEqualTo(clock.today().plusDays(30));
        mvc.perform(get("/echanges/" + id).with(user(data.user(f.nearResident()))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Perceuse à percussion")))
                .andExpect(content().string(containsString("<strong>forets</strong>")))
                .andExpect(content().string(containsString("Rue des Tests")))
                .andExpect(content().string(containsString("/messages/nouveau?sujet=listing&amp;id=" + id)))
                .andExpect(content().string(containsString("/signaler/listing/" + id)));
        assertThat(listings.activeOf(f.homeResident())).extracting(ListingSummary::title).containsExactly("Perceuse à percussion");
    }

    @Test
    void listingsReachTheNeighbourhoodsWithinTheRadiusTheirAuthorChose() {
        publishing.publish(f.nearResident(), titled(withRadius(service(), 0), "near only", "d"));
        publishing.publish(f.nearResident(), titled(withRadius(service(), 1), "near 1 km", "d"));
        publishing.publish(f.nearResident(), titled(withRadius(service(), 3), "near 3 km", "d"));
        publishing.publish(f.farResident(), titled(withRadius(service(), 3), "far 3 km", "d"));
        publishing.publish(f.farResident(), titled(withRadius(service(), 10), "far 10 km", "d"));
        publishing.publish(f.remoteResident(), titled(withRadius(service(), 10), "remote 10 km", "d"));
        publishing.publish(f.homeResident(), titled(withRadius(service(), 0), "home", "d"));

        assertThat(titles(f.homeResident(), all())).containsExactlyInAnyOrder("home", "near 3 km", "far 10 km");
        assertThat(titles(f.homeResident(), new BrowseFilter(null, null, null, 3, null)))
                .containsExactlyInAnyOrder("home", "near 3 km");
        assertThat(titles(f.homeResident(), new BrowseFilter(null, null, null, 0, null))).containsExactly("home");
        assertThat(titles(f.nearResident(), all())).containsExactlyInAnyOrder("near only", "near 1 km", "near 3 km",
                "far 10 km");
        assertThat(titles(f.remoteResident(), all())).containsExactly("remote 10 km");
    }

    @Test
    void browseFiltersByKindCategoryDirectionAndSearchesWithoutAccents() {
        publishing.publish(f.homeResident(), titled(lend(ObjectCondition.GOOD, 7), "Scie sauteuse", "Pour découper le bois"));
        publishing.publish(f.homeResident(), titled(service(), "Réparation de vélo", "Je répare les vélos et les trottinettes"));
        publishing.publish(f.homeResident(), titled(deal("Marché", clock.today()), "Légumes bradés", "Au marché"));
        long viewer = f.resident(f.home());

        assertThat(titles(viewer, new BrowseFilter(ListingKind.LEND, null, null, null, null))).containsExactly("Scie sauteuse");
        assertThat(titles(viewer, new BrowseFilter(null, ListingCategory.COOKING, null, null, null))).containsExactly("Légumes bradés");
        assertThat(titles(viewer, new BrowseFilter(null, null, ListingDirection.REQUEST, null, null))).isEmpty();
        assertThat(titles(viewer, new BrowseFilter(null, null, null, null, "velo"))).containsExactly("Réparation de vélo");
        assertThat(titles(viewer, new BrowseFilter(null, null, null, null, "DÉCOUPER"))).containsExactly("Scie sauteuse");
        assertThat(titles(viewer, new BrowseFilter(null, null, null, null, "trottinette"))).containsExactly("Réparation de vélo");
        assertThat(titles(viewer, new BrowseFilter(null, null, null, null, "piano"))).isEmpty();
        assertThat(titles(viewer, new BrowseFilter(null, null, null, null, "\"unbalanced & | ! ( "))).isEmpty();
    }

    @Test
    void hiddenAndExpiredListingsLeaveBrowsePagesButStayInTheAuthorsHistory() throws Exception {
        long hidden = publishing.publish(f.homeResident(), titled(service(), "masquée", "d"));
        long expired = publishing.publish(f.homeResident(), titled(service(), "expirée", "d"));
        publishing.publish(f.homeResident(), titled(service(), "visible", "d"));
        moderation.hide(hidden, "Publicité");
        jdbc.update("update listing set expires_on = ? where id = ?", clock.today().minusDays(1), expired);
        assertThat(expiry.expireOverdue()).isGreaterThanOrEqualTo(1);
        assertThat(expiry.expireOverdue()).isZero();

        assertThat(titles(f.resident(f.home()), all())).containsExactly("visible");
        assertThat(listings.activeOf(f.homeResident())).extracting(ListingSummary::title).containsExactly("visible");
        mvc.perform(get("/echanges/mes-annonces").with(user(data.user(f.homeResident()))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("masquée")))
                .andExpect(content().string(containsString("expirée")))
                .andExpect(content().string(containsString("visible")));
        mvc.perform(get("/echanges/" + hidden).with(user(data.user(f.homeResident()))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Publicité")));
        mvc.perform(get("/echanges/" + hidden).with(user(data.user(f.resident(f.home()))))).andExpect(status().isNotFound());
        mvc.perform(get("/echanges/" + expired).with(user(data.user(f.resident(f.home())))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/messages/nouveau"))));
    }

    /**
     * Past {@link ListingBrowsing#COUNT_CAP} listings the browse page stops counting and says so ("Page 1 of 10+"),
     * further pages still come; a search ranks every match anyway, so its count stays exact, and a search's pages hold
     * its best matches first, as before.
     */
    @Test
    void theBrowseCountStopsAtItsCapAndSaysSoWhileASearchCountsEveryMatch() throws Exception {
        int many = ListingBrowsing.COUNT_CAP + 30;
        jdbc.update("""
                insert into listing (author_id, neighbourhood_id, direction, kind, category, title, description,
                                     radius_km, expires_on, created_at)
                select ?, ?, 'OFFER', 'SERVICE', 'OTHER', 'Coup de main ' || g,
                       case when g = 7 then 'Tondeuse tondeuse tondeuse' else 'Une tondeuse' end, 0, current_date + 30,
                       now() - g * interval '1 minute'
                from generate_series(1, ?) g""", f.homeResident(), f.home(), many);
        long viewer = f.resident(f.home());
        var user = data.user(viewer);

        var first = browsing.browse(viewer, all(), PageRequest.of(0, 20));
        assertThat(first.capped()).isTrue();
        assertThat(first.page().getTotalElements()).isEqualTo(ListingBrowsing.COUNT_CAP);
        assertThat(first.page().getContent()).extracting(ListingCard::title).startsWith("Coup de main 1");
        mvc.perform(get("/echanges").with(user(user)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Page 1 sur 10+")));
        // the last page the first count promised: counting goes on from the page asked, and reaches the end
        var tenth = browsing.browse(viewer, all(), PageRequest.of(9, 20));
        assertThat(tenth.capped()).isFalse();
        assertThat(tenth.page().getTotalElements()).isEqualTo(many);
        assertThat(tenth.page().hasNext()).isTrue();
        var twelfth = browsing.browse(viewer, all(), PageRequest.of(11, 20));
        assertThat(twelfth.capped()).isFalse();
        assertThat(twelfth.page().getTotalElements()).isEqualTo(many);
        assertThat(twelfth.page().getContent()).hasSize(10);

        var search = browsing.browse(viewer, new BrowseFilter(null, null, null, null, "tondeuses"), PageRequest.of(0, 20));
        assertThat(search.capped()).isFalse();
        assertThat(search.page().getTotalElements()).isEqualTo(many);
        assertThat(search.page().getContent()).extracting(ListingCard::title)
                .startsWith("Coup de main 7", "Coup de main 1", "Coup de main 2");
        mvc.perform(get("/echanges?q=tondeuses").with(user(user)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Page 1 sur 12<")));
        // a page past the last one is empty and still knows how many there are
        var past = browsing.browse(viewer, new BrowseFilter(null, null, null, null, "tondeuse"), PageRequest.of(20, 20));
        assertThat(past.page().getContent()).isEmpty();
        assertThat(past.page().getTotalElements()).isEqualTo(many);
    }

    @Test
    void theBrowsePageRunsAFixedNumberOfStatementsWhateverItShows() throws Exception {
        long fewViewer = f.resident(f.home());
        for (int i = 0; i < 3; i++) {
            publishing.publish(f.homeResident(), titled(service(), "peu " + i, "d"));
        }
        ExchangeFixtures other = ExchangeFixtures.create(data, jdbc);
        long manyViewer = other.resident(other.home());
        for (int i = 0; i < 30; i++) {
            publishing.publish(i % 2 == 0 ? other.homeResident() : other.nearResident(),
                    titled(withRadius(lend(ObjectCondition.GOOD, 3), 3), "beaucoup " + i, "d"));
        }
        jdbc.update("insert into listing_photo (listing_id, position, file_name) select id, 0, md5(id::text) || '.jpg'"
                + " from listing where author_id in (?, ?)", other.homeResident(), other.nearResident());
        int few = statements(fewViewer, "/echanges");
        int many = statements(manyViewer, "/echanges");
        int search = statements(manyViewer, "/echanges?q=beaucoup&kind=LEND&km=3");
        System.out.printf("Browse page: %d SQL statements with 3 listings, %d with 30 (20 shown, with thumbnails), %d searching%n",
                few, many, search);
        assertThat(many).isEqualTo(few);
        assertThat(search).isEqualTo(few);
        assertThat(statements(f.homeResident(), "/echanges/mes-annonces"))
                .isEqualTo(statements(other.homeResident(), "/echanges/mes-annonces"));
    }

    @Test
    void theInboxReadsItsNeighboursAndListingsInAFixedNumberOfStatements() throws Exception {
        long few = settled(f.resident(f.home()));
        long many = settled(f.resident(f.home()));
        for (int i = 0; i < 3; i++) {
            contactAboutANewListing(few, "Annonce " + i);
        }
        for (int i = 0; i < 25; i++) {
            contactAboutANewListing(many, "Annonce " + i);
        }
        int forFew = statements(few, "/messages");
        int forMany = statements(many, "/messages");
        System.out.printf("Inbox: %d SQL statements with 3 conversations about listings, %d with 25 (20 shown)%n",
                forFew, forMany);
        assertThat(forMany).isEqualTo(forFew);
        String lastAuthorName = jdbc.queryForObject("select display_name from resident where id = ?", String.class,
                lastAuthor);
        mvc.perform(get("/messages").with(user(data.user(many))))
                .andExpect(content().string(containsString("Annonce 24")))
                .andExpect(content().string(containsString(lastAuthorName)));
    }

    long lastAuthor;

    private void contactAboutANewListing(long me, String title) {
        lastAuthor = f.resident(f.home());
        long listing = publishing.publish(lastAuthor, titled(service(), title, "d"));
        starting.start(me, "listing", listing, null, "Bonjour");
    }

    private long settled(long resident) {
        jdbc.update("update resident set verified_at = now() - interval '60 days' where id = ?", resident);
        return resident;
    }

    /** The statements of a warm request: the first one fills the reference data caches (neighbourhoods). */
    int statements(long viewer, String url) throws Exception {
        var user = data.user(viewer);
        mvc.perform(get(url).with(user(user))).andExpect(status().isOk());
        StatementCounter.reset();
        mvc.perform(get(url).with(user(user))).andExpect(status().isOk());
        return StatementCounter.count();
    }
}
