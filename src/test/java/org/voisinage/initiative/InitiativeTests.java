package org.voisinage.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
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
import org.voisinage.challenge.ChallengeTestConfiguration;
import org.voisinage.common.Refusal;
import org.voisinage.following.Follows;
import org.voisinage.following.Notifications;
import org.voisinage.initiative.InitiativeViews.Card;
import org.voisinage.moderation.ContentType;
import org.voisinage.moderation.ModeratedContent;
import org.voisinage.support.TestData;

/**
 * Initiatives against the real database, through their pages and services: needs and offers, joining, access,
 * the feed's proximity ordering, search, sanitising, validation, moderation, notifications, constant SQL.
 * (Same context as the challenge tests: one cached Spring context.)
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ChallengeTestConfiguration.class)
class InitiativeTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired Initiatives initiatives;
    @Autowired InitiativeMembers members;
    @Autowired InitiativeNeeds needs;
    @Autowired InitiativeDiscussion discussion;
    @Autowired InitiativeNews news;
    @Autowired InitiativeFeed feed;
    @Autowired Follows follows;
    @Autowired Notifications notifications;
    @Autowired List<ModeratedContent> moderated;
    @Autowired JdbcTemplate jdbc;

    InitiativeFixtures places;
    long here;
    long initiator;

    @BeforeEach
    void place() {
        places = new InitiativeFixtures(data);
        here = places.neighbourhood(0);
        initiator = places.resident(here);
    }

    long propose(long residentId, String title) {
        return initiatives.propose(residentId, InitiativeForm.of(title, "Un **projet** de quartier.", InitiativeTheme.ECOLOGY));
    }

    // Needs and offers

    @Test
    void aNeedShowsWhatIsMissingAndIsFilledOnceAcceptedOffersCoverIt() {
        long id = propose(initiator, TestData.unique("Composteur"));
        long need = needs.addNeed(id, initiator, new NeedForm(NeedKind.MATERIAL, "Palettes", 5, null));
        long hugo = places.resident(here);
        long lea = places.resident(here);

        long first = needs.offer(id, need, hugo, new OfferForm(3, "J'en ai au garage"));
        assertThat(needs.need(id, need).missing()).as("pending offers do not count").isEqualTo(5);
        needs.decideOffer(id, first, initiator, true);
        assertThat(needs.need(id, need)).satisfies(n -> {
            assertThat(n.missing()).isEqualTo(2);
            assertThat(n.filled()).isFalse();
        });
        assertThatThrownBy(() -> needs.offer(id, need, lea, new OfferForm(0, null)))
                .isInstanceOf(Refusal.class);
        long second = needs.offer(id, need, lea, new OfferForm(2, null));
        assertThatThrownBy(() -> needs.offer(id, need, lea, new OfferForm(1, null)))
                .hasMessage("initiative.offer.already");
        needs.decideOffer(id, second, initiator, true);
        assertThat(needs.need(id, need).filled()).isTrue();
        assertThat(needs.need(id, need).missing()).isZero();
        assertThatThrownBy(() -> needs.decideOffer(id, second, initiator, false))
                .hasMessage("initiative.offer.alreadyDecided");
        assertThatThrownBy(() -> needs.offer(id, need, places.resident(here), new OfferForm(1, null)))
                .hasMessage("initiative.need.filled");
        assertThatThrownBy(() -> needs.decideOffer(id, second, hugo, true))
                .hasMessage("initiative.refused.notOrganiser");
    }

    @Test
    void aNeedOfZeroOrLessIsRefusedWithAMessage() throws Exception {
        long id = propose(initiator, TestData.unique("Fête"));
        mvc.perform(post("/initiatives/" + id + "/besoins").with(user(data.user(initiator))).with(csrf())
                        .param("kind", "PEOPLE").param("label", "Des bras").param("quantity", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("La quantité doit être d’au moins 1.")));
        mvc.perform(post("/initiatives/" + id + "/besoins").with(user(data.user(initiator))).with(csrf())
                        .param("kind", "PEOPLE").param("label", "Des bras").param("quantity", "abc"))
                .andExpect(status().isBadRequest());
    }

    // Joining

    @Test
    void aNeighbourJoinsOnceFollowsAndJoiningTwiceSaysSo() throws Exception {
        long id = propose(initiator, TestData.unique("Jardin"));
        long neighbour = places.resident(here);
        mvc.perform(post("/initiatives/" + id + "/rejoindre").with(user(data.user(neighbour))).with(csrf()))
                .andExpect(redirectedUrl("/initiatives/" + id));
        assertThat(follows.isFollowing(neighbour, Initiatives.topic(id))).isTrue();
        mvc.perform(post("/initiatives/" + id + "/rejoindre").with(user(data.user(neighbour))).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Vous êtes déjà membre de cette initiative.")));
        assertThat(members.isOrganiser(id, neighbour)).isFalse();
        members.nameCoOrganiser(id, initiator, neighbour);
        assertThat(members.isOrganiser(id, neighbour)).isTrue();
    }

    // Access

    @Test
    void othersSeeThePublicPartsOnlyAndCannotAct() throws Exception {
        long id = propose(initiator, TestData.unique("Repair café"));
        discussion.comment(id, initiator, new CommentForm("Rendez-vous secret au local"));
        long elsewhere = places.neighbourhood(30);
        long stranger = places.resident(elsewhere);
        long pending = data.resident("RESIDENT", "PENDING", here, null);

        mvc.perform(get("/initiatives/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Repair café")))
                .andExpect(content().string(not(containsString("Rendez-vous secret"))))
                .andExpect(content().string(containsString("id=\"members-only\"")));
        mvc.perform(get("/initiatives/" + id).with(user(data.user(stranger))))
                .andExpect(content().string(not(containsString("Rendez-vous secret"))))
                .andExpect(content().string(not(containsString("id=\"join\""))));
        mvc.perform(get("/initiatives/" + id).with(user(data.user(places.resident(here)))))
                .andExpect(content().string(containsString("Rendez-vous secret")))
                .andExpect(content().string(containsString("id=\"join\"")));

        mvc.perform(post("/initiatives/" + id + "/rejoindre").with(user(data.user(stranger))).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Seuls les habitants vérifiés de ce quartier")));
        mvc.perform(post("/initiatives/" + id + "/commentaires").with(user(data.user(pending))).with(csrf())
                        .param("body", "Coucou"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/initiatives/" + id + "/rejoindre").with(csrf()))
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/initiatives/nouvelle")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/initiatives/" + id + "/nouvelles").with(user(data.user(places.resident(here)))).with(csrf())
                        .param("body", "Je ne suis pas organisateur"))
                .andExpect(status().isForbidden());
    }

    // Proposing, validation, sanitising

    @Test
    void proposingValidatesAndRedirectsToThePage() throws Exception {
        mvc.perform(post("/initiatives").with(user(data.user(initiator))).with(csrf())
                        .param("title", "").param("description", "x".repeat(20_001)).param("theme", "ECOLOGY"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("20 000 caractères au plus.")));
        mvc.perform(post("/initiatives").with(user(data.user(initiator))).with(csrf())
                        .param("title", "Titre").param("description", "Texte").param("theme", "NOPE"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/initiatives").with(user(data.user(initiator))).with(csrf())
                        .param("title", "Titre").param("description", "Texte").param("theme", "CULTURE")
                        .param("placeStreet", "999 rue qui n'existe pas").param("placePostcode", "99999"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("pas dans l’annuaire")));
        String title = TestData.unique("Boîte à livres");
        mvc.perform(post("/initiatives").with(user(data.user(initiator))).with(csrf())
                        .param("title", title).param("description", "Une boîte").param("theme", "CULTURE")
                        .param("placeText", "Square des Tilleuls"))
                .andExpect(redirectedUrlPattern("/initiatives/*"));
        mvc.perform(get("/initiatives/nouvelle").with(user(data.user(initiator)))).andExpect(status().isOk());
    }

    @Test
    void scriptInADescriptionOrACommentIsRenderedHarmless() throws Exception {
        String xss = "**ok**\n\n<script>alert('x')</script>\n\n[clic](javascript:alert(1)) <img src=x onerror=alert(2)>";
        long id = initiatives.propose(initiator, InitiativeForm.of(TestData.unique("XSS"), xss, InitiativeTheme.OTHER));
        discussion.comment(id, initiator, new CommentForm(xss));
        String page = mvc.perform(get("/initiatives/" + id).with(user(data.user(initiator))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // the payload may show as text (escaped); never as markup
        assertThat(page).doesNotContain("<script>alert", "href=\"javascript:", "<img src=x")
                .doesNotContainPattern("<[a-z][^>]*onerror")
                .contains("<strong>ok</strong>");
    }

    // Status, discussion, news and notifications

    @Test
    void statusMovesForwardAbandoningNeedsAReasonAndNewsReachFollowersInApp() throws Exception {
        long id = propose(initiator, TestData.unique("Ruelle verte"));
        long member = places.resident(here);
        members.join(id, member);
        long before = notifications.unreadCount(member);
        mvc.perform(post("/initiatives/" + id + "/statut").with(user(data.user(initiator))).with(csrf())
                        .param("status", "COMPLETED"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("ne peut pas passer à cet avancement")));
        mvc.perform(post("/initiatives/" + id + "/statut").with(user(data.user(initiator))).with(csrf())
                        .param("status", "ABANDONED").param("reason", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Dites pourquoi")));
        mvc.perform(post("/initiatives/" + id + "/statut").with(user(data.user(initiator))).with(csrf())
                        .param("status", "GATHERING"))
                .andExpect(redirectedUrl("/initiatives/" + id));
        mvc.perform(post("/initiatives/" + id + "/nouvelles").with(user(data.user(initiator))).with(csrf())
                        .param("body", "Chantier samedi à 10 h"))
                .andExpect(redirectedUrl("/initiatives/" + id));
        await().atMost(Duration.ofSeconds(20)).until(() -> notifications.unreadCount(member) >= before + 2);
        mvc.perform(get("/notifications").with(user(data.user(member))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nouvelle : Chantier samedi à 10 h")))
                .andExpect(content().string(containsString("id=\"nav-notifications\"")));
        mvc.perform(post("/notifications/tout-lu").with(user(data.user(member))).with(csrf()))
                .andExpect(redirectedUrl("/notifications"));
        assertThat(notifications.unreadCount(member)).isZero();
    }

    @Test
    void aCommentIsEditableFifteenMinutesByItsAuthorAndDeletable() throws Exception {
        long id = propose(initiator, TestData.unique("Troc"));
        long other = places.resident(here);
        long comment = discussion.comment(id, initiator, new CommentForm("Premier jet"));
        mvc.perform(post("/initiatives/" + id + "/commentaires/" + comment + "/modifier").with(user(data.user(other)))
                        .with(csrf()).param("body", "Piraté"))
                .andExpect(status().isForbidden());
        discussion.editComment(id, comment, initiator, new CommentForm("Version corrigée"));
        jdbc.update("update initiative_comment set created_at = now() - interval '16 minutes' where id = ?", comment);
        mvc.perform(post("/initiatives/" + id + "/commentaires/" + comment + "/modifier").with(user(data.user(initiator)))
                        .with(csrf()).param("body", "Trop tard"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("dans les 15 minutes")));
        mvc.perform(post("/initiatives/" + id + "/commentaires/" + comment + "/supprimer").with(user(data.user(other)))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/initiatives/" + id + "/commentaires/" + comment + "/supprimer")
                        .with(user(data.user(initiator))).with(csrf()))
                .andExpect(redirectedUrl("/initiatives/" + id));
        assertThat(jdbc.queryForObject("select count(*) from initiative_comment where id = ?", Integer.class, comment))
                .isZero();
    }

    @Test
    void moderatorsHideAnInitiativeAndItsCommentsFromEveryoneButTheirAuthor() throws Exception {
        long id = propose(initiator, TestData.unique("Masquée"));
        long comment = discussion.comment(id, initiator, new CommentForm("Un commentaire à masquer"));
        ModeratedContent initiativeContent = of(ContentType.INITIATIVE);
        ModeratedContent commentContent = of(ContentType.COMMENT);
        assertThat(of(ContentType.INITIATIVE_UPDATE)).isNotNull();
        assertThat(commentContent.snapshot(comment)).hasValueSatisfying(s -> assertThat(s.text()).contains("à masquer"));
        long neighbour = places.resident(here);
        commentContent.hide(comment, "hors sujet");
        mvc.perform(get("/initiatives/" + id).with(user(data.user(neighbour))))
                .andExpect(content().string(not(containsString("Un commentaire à masquer"))));
        mvc.perform(get("/initiatives/" + id).with(user(data.user(initiator))))
                .andExpect(content().string(containsString("Un commentaire à masquer")))
                .andExpect(content().string(containsString("hors sujet")));
        initiativeContent.hide(id, "doublon");
        mvc.perform(get("/initiatives/" + id).with(user(data.user(neighbour)))).andExpect(status().isNotFound());
        assertThat(initiativeContent.visibleTo(id, neighbour)).isFalse();
        mvc.perform(get("/initiatives/" + id).with(user(data.user(initiator))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("doublon")));
        initiativeContent.restore(id);
        mvc.perform(get("/initiatives/" + id).with(user(data.user(neighbour)))).andExpect(status().isOk());
    }

    ModeratedContent of(ContentType type) {
        return moderated.stream().filter(m -> m.type() == type).findFirst().orElseThrow();
    }

    // The feed

    @Test
    void theFeedOrdersByDistanceAndRecentActivityWithinTheChosenRadius() throws Exception {
        long twoKm = places.neighbourhood(2);
        long eightKm = places.neighbourhood(8);
        long nextDoor = propose(initiator, TestData.unique("Ici"));
        long near = propose(places.resident(twoKm), TestData.unique("À deux km"));
        long far = propose(places.resident(eightKm), TestData.unique("À huit km"));
        long quietNextDoor = propose(places.resident(here), TestData.unique("Ici mais endormie"));
        jdbc.update("update initiative set last_activity_at = now() - interval '30 days' where id = ?", quietNextDoor);

        assertThat(feed.radiusOf(initiator)).isEqualTo(3);
        assertThat(ids(feed.feed(initiator, null, null).items())).containsExactly(nextDoor, near, quietNextDoor);
        assertThat(feed.feed(initiator, null, null).items().get(1).km()).isBetween(1.8, 2.2);

        mvc.perform(post("/initiatives/rayon").with(user(data.user(initiator))).with(csrf()).param("radius", "10"))
                .andExpect(redirectedUrl("/"));
        assertThat(ids(feed.feed(initiator, null, null).items())).containsExactly(nextDoor, near, far, quietNextDoor);
        assertThat(ids(feed.feed(initiator, InitiativeTheme.CULTURE, null).items())).isEmpty();
        assertThat(ids(feed.feed(initiator, null, InitiativeStatus.IDEA).items())).hasSize(4);
        mvc.perform(post("/initiatives/rayon").with(user(data.user(initiator))).with(csrf()).param("radius", "7"))
                .andExpect(redirectedUrl("/"));
        assertThat(feed.radiusOf(initiator)).isEqualTo(10);

        mvc.perform(get("/").with(user(data.user(initiator))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"initiative-feed\"")))
                .andExpect(content().string(containsString("À huit km")));
    }

    static List<Long> ids(List<Card> cards) {
        return cards.stream().map(Card::id).toList();
    }

    // Search

    @Test
    void searchFindsWordsInFrenchAndEnglishWhateverTheAccents() throws Exception {
        String marker = "zq" + Long.toString(System.nanoTime(), 36);
        long fete = initiatives.propose(initiator, InitiativeForm.of("Fête des voisins " + marker,
                "On prépare des crêpes pour la rue.", InitiativeTheme.CULTURE));
        long garden = initiatives.propose(initiator, InitiativeForm.of("Community gardens " + marker,
                "Growing vegetables together.", InitiativeTheme.ECOLOGY));
        assertThat(ids(feed.list(marker + " fete", null, null, PageRequest.of(0, 10)).getContent())).containsExactly(fete);
        assertThat(ids(feed.list(marker + " crepe", null, null, PageRequest.of(0, 10)).getContent())).containsExactly(fete);
        assertThat(ids(feed.list(marker + " garden", null, null, PageRequest.of(0, 10)).getContent())).containsExactly(garden);
        assertThat(ids(feed.list(marker, InitiativeTheme.ECOLOGY, null, PageRequest.of(0, 10)).getContent()))
                .containsExactly(garden);
        mvc.perform(get("/initiatives").param("q", marker + " FÊTE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fête des voisins " + marker)))
                .andExpect(content().string(not(containsString("Community gardens " + marker))));
        mvc.perform(get("/initiatives").param("q", "\"'():*&|!<>").param("page", "-4")).andExpect(status().isOk());
        mvc.perform(get("/initiatives").param("theme", "NOPE")).andExpect(status().isBadRequest());
    }

    // Performance

    @Test
    void theInitiativePageAndTheHomeFeedRunAFixedNumberOfStatements() throws Exception {
        long small = populated(3);
        long large = populated(20);
        long viewer = places.resident(here);
        int forSmall = statements("/initiatives/" + small, viewer);
        int forLarge = statements("/initiatives/" + large, viewer);
        System.out.printf("Initiative page: %d SQL statements with 3 needs/offers/comments/members, %d with 20%n",
                forSmall, forLarge);
        assertThat(forLarge).isEqualTo(forSmall);

        int homeBefore = statements("/", viewer);
        for (int i = 0; i < 17; i++) {
            propose(places.resident(here), TestData.unique("Encore"));
        }
        int homeAfter = statements("/", viewer);
        System.out.printf("Home feed: %d SQL statements with few initiatives, %d with 17 more%n", homeBefore, homeAfter);
        assertThat(homeAfter).isEqualTo(homeBefore);
    }

    long populated(int count) {
        long id = propose(initiator, TestData.unique("Peuplée"));
        for (int i = 0; i < count; i++) {
            long resident = places.resident(here);
            members.join(id, resident);
            long need = needs.addNeed(id, initiator, new NeedForm(NeedKind.SKILL, "Menuiserie " + i, 2, null));
            needs.offer(id, need, resident, new OfferForm(1, null));
            discussion.comment(id, resident, new CommentForm("Message " + i));
            news.postUpdate(id, initiator, new CommentForm("Nouvelle " + i));
        }
        return id;
    }

    int statements(String path, long viewer) throws Exception {
        mvc.perform(get(path).with(user(data.user(viewer)))).andExpect(status().isOk()); // warm up
        var details = data.user(viewer);
        org.voisinage.support.StatementCounter.reset();
        mvc.perform(get(path).with(user(details))).andExpect(status().isOk());
        return org.voisinage.support.StatementCounter.count();
    }
}
