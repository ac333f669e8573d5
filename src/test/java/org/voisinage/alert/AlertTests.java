package org.voisinage.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.voisinage.following.Follows;
import org.voisinage.following.Frequency;
import org.voisinage.notification.Outbox;
import org.voisinage.support.TestData;

/** Alerts: the guided form, the daily limit, emails to followers, the neighbourhood page, retraction and who may. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class AlertTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired Alerts alerts;
    @Autowired Follows follows;
    @Autowired Outbox outbox;
    @Autowired JdbcTemplate jdbc;
    @Autowired AlertModeration moderation;

    long here;
    long elsewhere;
    long author;
    long follower;

    @BeforeEach
    void place() {
        long[] neighbourhoods = data.twoNeighbourhoods(data.territory(), -130, -60);
        here = neighbourhoods[0];
        elsewhere = neighbourhoods[1];
        author = data.resident("RESIDENT", "VERIFIED", here, null);
        follower = data.resident("RESIDENT", "VERIFIED", here, null);
        follows.follow(follower, Alerts.topic(here), Frequency.IMMEDIATE);
    }

    MockHttpServletRequestBuilder waterCut(long who) throws Exception {
        return post("/alertes").with(user(data.user(who))).with(csrf())
                .param("category", "WATER_CUT").param("what", "Plus d'eau froide")
                .param("location", "Rue des Tests").param("happened", "ce matin").param("advice", "Fermer les robinets");
    }

    @Test
    void anAlertIsEmailedAtOnceAndLeadsTheNeighbourhoodPageForMembers() throws Exception {
        mvc.perform(waterCut(author)).andExpect(status().is3xxRedirection());
        String email = data.emailOf(follower);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(outbox.latestTo(email))
                .hasValueSatisfying(m -> assertThat(m.textBody()).contains("Coupure d'eau").contains("Rue des Tests")));
        String slug = data.slugOf(here);
        mvc.perform(get("/quartiers/" + slug).with(user(data.user(follower))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Plus d&#39;eau froide")));
        mvc.perform(get("/quartiers/" + slug))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Plus d&#39;eau froide"))));
    }

    @Test
    void twoAlertsADayThenAClearRefusal() throws Exception {
        mvc.perform(waterCut(author)).andExpect(status().is3xxRedirection());
        mvc.perform(waterCut(author)).andExpect(status().is3xxRedirection());
        mvc.perform(waterCut(author))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("nombre maximum d&#39;alertes")));
        assertThat(jdbc.queryForObject("select count(*) from alert where author_id = ?", Long.class, author)).isEqualTo(2);
    }

    @Test
    void aPersonIsDescribedByBehaviourNotOnlyAppearance() throws Exception {
        mvc.perform(post("/alertes").with(user(data.user(author))).with(csrf())
                        .param("category", "MISSING_PERSON").param("what", "Notre voisin âgé n'est pas rentré")
                        .param("location", "Parc").param("happened", "hier soir").param("advice", "Appeler le 112")
                        .param("behaviour", "").param("clothing", "manteau rouge"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("comportement de la personne")));
    }

    @Test
    void badInputIsAClearMessageNeverAServerError() throws Exception {
        mvc.perform(post("/alertes").with(user(data.user(author))).with(csrf()).param("category", "EARTHQUAKE"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("field__error")));
        long pending = data.resident("RESIDENT", "PENDING", here, null);
        mvc.perform(waterCut(pending)).andExpect(status().isForbidden());
    }

    /** Issue 10: the in-app list kept the words of an alert a moderator had hidden since (and digests quoted them). */
    @Test
    void anAlertHiddenByAModeratorLeavesTheNeighboursNotifications() throws Exception {
        long id = alerts.raise(author, new AlertForm(AlertCategory.SUSPICIOUS, "Homme qui essaie les portes",
                "Parking du bâtiment C", "cette nuit", "Fermer sa voiture", "regarde dans les voitures", "veste rouge"));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from notification where resident_id = ?", Long.class, follower) == 1);
        mvc.perform(get("/notifications").with(user(data.user(follower))))
                .andExpect(content().string(containsString("veste rouge")));

        moderation.hide(id, "Description d'une personne sans fondement");

        mvc.perform(get("/notifications").with(user(data.user(follower))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("veste rouge"))))
                .andExpect(content().string(not(containsString("Homme qui essaie les portes"))));
        assertThat(jdbc.queryForObject("select count(*) from topic_activity where content_ref = ?", Long.class,
                "alert:" + id)).as("withdrawn from the digests not built yet").isZero();
    }

    @Test
    void moderatorsOfTheNeighbourhoodRetractAndEveryoneWhoGotItIsTold() throws Exception {
        long id = alerts.raise(author, new AlertForm(AlertCategory.FIRE, "Fumée dans la cave", "Bâtiment B",
                "maintenant", "Ne pas descendre", null, null));
        String email = data.emailOf(follower);
        await().atMost(Duration.ofSeconds(20)).until(() -> outbox.latestTo(email).isPresent());

        long otherModerator = data.resident("MODERATOR", "VERIFIED", elsewhere, null);
        jdbc.update("insert into moderator_neighbourhood (resident_id, neighbourhood_id) values (?, ?)", otherModerator, elsewhere);
        mvc.perform(post("/alertes/" + id + "/retrait").with(user(data.user(otherModerator))).with(csrf())
                .param("reason", "Fausse alerte")).andExpect(status().isNotFound());
        mvc.perform(post("/alertes/" + id + "/retrait").with(user(data.user(follower))).with(csrf())
                .param("reason", "Fausse alerte")).andExpect(status().isForbidden());

        long moderator = data.resident("MODERATOR", "VERIFIED", here, null);
        jdbc.update("insert into moderator_neighbourhood (resident_id, neighbourhood_id) values (?, ?)", moderator, here);
        mvc.perform(post("/alertes/" + id + "/retrait").with(user(data.user(moderator))).with(csrf()).param("reason", ""))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/alertes/" + id + "/retrait").with(user(data.user(moderator))).with(csrf())
                .param("reason", "C'était un barbecue, pas un incendie"))
                .andExpect(status().is3xxRedirection());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(outbox.latestTo(email))
                .hasValueSatisfying(m -> assertThat(m.textBody()).contains("Alerte retirée").contains("barbecue")));
        assertThat(alerts.current(here, view(follower))).noneMatch(a -> a.id() == id);
        assertThat(jdbc.queryForObject("select count(*) from audit_trail where action = 'alert.retract' and subject = ?",
                Long.class, "alert:" + id)).isEqualTo(1);
    }

    @Test
    void theAuthorResolvesTheirAlertAndOnlyThey() throws Exception {
        long id = alerts.raise(author, new AlertForm(AlertCategory.LOST_PET, "Chat roux perdu", "Square", "hier",
                "Nous appeler", null, null));
        mvc.perform(post("/alertes/" + id + "/resolue").with(user(data.user(follower))).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/alertes/" + id + "/resolue").with(user(data.user(author))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(alerts.current(here, view(follower))).noneMatch(a -> a.id() == id);
    }

    @Test
    void anotherNeighbourhoodsAlertsAreMembersOnly() throws Exception {
        long id = alerts.raise(author, new AlertForm(AlertCategory.ROAD_CLOSED, "Travaux", "Rue A", "demain",
                "Passer par la rue B", null, null));
        long stranger = data.resident("RESIDENT", "VERIFIED", elsewhere, null);
        mvc.perform(get("/alertes/" + id).with(user(data.user(stranger)))).andExpect(status().isNotFound());
        mvc.perform(get("/alertes").param("neighbourhood", Long.toString(here)).with(user(data.user(stranger))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/alertes/" + id).with(user(data.user(follower)))).andExpect(status().isOk());
        mvc.perform(get("/alertes").with(user(data.user(follower)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/alertes/" + id)));
    }

    private org.voisinage.account.ResidentView view(long id) {
        return new org.voisinage.account.ResidentView(id, "x", "x", org.voisinage.account.Role.RESIDENT,
                org.voisinage.account.ResidentStatus.VERIFIED, here, null, null, null);
    }
}
