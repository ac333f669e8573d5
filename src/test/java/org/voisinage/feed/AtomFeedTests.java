package org.voisinage.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.support.TestData;

/**
 * The Atom feeds (issue 16), parsed back with Rome: a valid Atom document whose entries are the public challenges,
 * initiatives and events of the place, each with id, title, updated, link and summary as escaped text; never a
 * draft, hidden, members-only or cancelled one; none at all for a members-only territory; revalidated with its ETag.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class AtomFeedTests {

    private static final String HOSTILE = "<script>alert(1)</script> & ]]>";

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.springframework.cache.CacheManager caches;

    long territory;
    long neighbourhood;
    long other;
    long organiser;
    String territorySlug;
    String neighbourhoodSlug;

    @BeforeEach
    void aTerritoryWithPublicAndHiddenContent() {
        territory = data.territory();
        long[] two = data.twoNeighbourhoods(territory, 160, 60);
        neighbourhood = two[0];
        other = two[1];
        organiser = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        territorySlug = jdbc.queryForObject("select slug from territory where id = ?", String.class, territory);
        neighbourhoodSlug = data.slugOf(neighbourhood);
        long action = jdbc.queryForObject("""
                insert into challenge_action (title, description, theme, status)
                values ('Composter', 'd', 'WASTE', 'PUBLISHED') returning id""", Long.class);
        challenge(action, neighbourhood, "Défi ouvert " + HOSTILE, "OPEN", false);
        challenge(action, null, "Défi du territoire", "OPEN", false);
        challenge(action, neighbourhood, "Défi brouillon", "DRAFT", false);
        challenge(action, neighbourhood, "Défi caché", "OPEN", true);
        challenge(action, other, "Défi d'à côté", "OPEN", false);
        initiative(neighbourhood, "Jardin partagé", false);
        initiative(neighbourhood, "Initiative cachée", true);
        event(neighbourhood, "Apéro public", "PUBLIC", false, false);
        event(neighbourhood, "Réunion entre membres", "MEMBERS", false, false);
        event(neighbourhood, "Fête cachée", "PUBLIC", true, false);
        event(neighbourhood, "Fête annulée", "PUBLIC", false, true);
        event(other, "Vide-grenier d'à côté", "PUBLIC", false, false);
    }

    @Test
    void aNeighbourhoodsFeedHoldsItsPublicContentOnly() throws Exception {
        Feed feed = parse(mvc.perform(get("/quartiers/" + neighbourhoodSlug + "/flux.atom"))
                .andExpect(status().isOk()).andReturn().getResponse());

        assertThat(titles(feed)).containsExactlyInAnyOrder("Défi ouvert " + HOSTILE, "Défi du territoire",
                "Jardin partagé", "Apéro public");
        assertThat(feed.getId()).endsWith("/quartiers/" + neighbourhoodSlug + "/flux.atom");
        assertThat(feed.getUpdated()).isNotNull();
        for (Entry entry : feed.getEntries()) {
            assertThat(entry.getId()).startsWith("http");
            assertThat(entry.getUpdated()).isNotNull();
            assertThat(entry.getAlternateLinks()).singleElement()
                    .satisfies(link -> assertThat(link.getHref()).isEqualTo(entry.getId()));
            assertThat(entry.getSummary().getType()).isEqualTo("text");
            assertThat(entry.getAuthors()).isEmpty(); // no one named: the feed's author is the site
            assertThat(entry.getCategories()).singleElement()
                    .satisfies(c -> assertThat(c.getTerm()).isIn("challenge", "initiative", "event"));
        }
        Entry hostile = feed.getEntries().stream().filter(e -> e.getTitle().startsWith("Défi ouvert")).findFirst()
                .orElseThrow();
        assertThat(hostile.getAlternateLinks().get(0).getHref()).contains("/defis/");
        assertThat(hostile.getSummary().getValue()).contains("<b>mairie</b>");
    }

    @Test
    void aTerritorysFeedHoldsEveryNeighbourhoodsPublicContent() throws Exception {
        Feed feed = parse(mvc.perform(get("/territoires/" + territorySlug + "/flux.atom"))
                .andExpect(status().isOk()).andReturn().getResponse());

        assertThat(titles(feed)).containsExactlyInAnyOrder("Défi ouvert " + HOSTILE, "Défi du territoire",
                "Défi d'à côté", "Jardin partagé", "Apéro public", "Vide-grenier d'à côté");
    }

    @Test
    void aMembersOnlyTerritoryHasNoFeed() throws Exception {
        jdbc.update("update territory set members_only = true where id = ?", territory);
        caches.getCacheNames().forEach(name -> caches.getCache(name).clear());
        mvc.perform(get("/territoires/" + territorySlug + "/flux.atom")).andExpect(status().isNotFound());
        mvc.perform(get("/quartiers/" + neighbourhoodSlug + "/flux.atom")).andExpect(status().isNotFound());
        mvc.perform(get("/territoires/nowhere-" + territory + "/flux.atom")).andExpect(status().isNotFound());
    }

    @Test
    void aReaderAskingAgainGetsNotModified() throws Exception {
        String path = "/quartiers/" + neighbourhoodSlug + "/flux.atom";
        MockHttpServletResponse first = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(first.getContentType()).startsWith("application/atom+xml");
        assertThat(first.getHeader("Cache-Control")).contains("no-cache").doesNotContain("no-store");
        assertThat(first.getHeader("Last-Modified")).isNotBlank();
        String etag = first.getHeader("ETag");

        mvc.perform(get(path).header("If-None-Match", etag)).andExpect(status().isNotModified());
        initiative(neighbourhood, "Nouvelle initiative", false);
        mvc.perform(get(path).header("If-None-Match", etag)).andExpect(status().isOk());
    }

    @Test
    void theNeighbourhoodPageAndTheListPointToTheFeeds() throws Exception {
        String page = mvc.perform(get("/quartiers/" + neighbourhoodSlug)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("<link rel=\"alternate\" type=\"application/atom+xml\"")
                .contains("href=\"/quartiers/" + neighbourhoodSlug + "/flux.atom\"");
        String list = mvc.perform(get("/quartiers")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).contains("href=\"/territoires/" + territorySlug + "/flux.atom\"");
    }

    private static Feed parse(MockHttpServletResponse response) throws Exception {
        WireFeedInput input = new WireFeedInput();
        Feed feed = (Feed) input.build(new StringReader(response.getContentAsString()));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        return feed;
    }

    private static List<String> titles(Feed feed) {
        return feed.getEntries().stream().map(Entry::getTitle).toList();
    }

    private void challenge(long action, Long neighbourhoodId, String title, String state, boolean hidden) {
        jdbc.update("""
                insert into challenge (action_id, title, target_name, target_kind, target_email, counter_commitment,
                                       territory_id, neighbourhood_id, goal, opens_on, deadline, state, hidden_at)
                values (?, ?, '<b>mairie</b>', 'TOWN', 'mairie@test.voisinage.test', 'composteurs', ?, ?, 10,
                        current_date - 1, current_date + 30, ?, case when ? then now() end)""",
                action, title, territory, neighbourhoodId, state, hidden);
    }

    private void initiative(long neighbourhoodId, String title, boolean hidden) {
        jdbc.update("""
                insert into initiative (neighbourhood_id, title, description, summary, theme, status, longitude,
                                        latitude, created_by, carrier_name, created_at, last_activity_at, hidden_at)
                values (?, ?, 'desc', 'résumé', 'ECOLOGY', 'IDEA', 160, 60, ?, 'Alice', now(), now(),
                        case when ? then now() end)""", neighbourhoodId, title, organiser, hidden);
    }

    private void event(long neighbourhoodId, String title, String visibility, boolean hidden, boolean cancelled) {
        jdbc.update("""
                insert into agenda_event (neighbourhood_id, title, description, starts_at, ends_at, place,
                                          organiser_id, visibility, hidden_at, cancelled_at)
                values (?, ?, 'Venez **nombreux**', now() + interval '3 days', now() + interval '3 days 2 hours',
                        'Place', ?, ?, case when ? then now() end, case when ? then now() end)""",
                neighbourhoodId, title, organiser, visibility, hidden, cancelled);
    }
}
