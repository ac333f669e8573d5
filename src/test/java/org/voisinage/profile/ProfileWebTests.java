package org.voisinage.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.messaging.ConversationStarting;
import org.voisinage.messaging.ExchangeCompletion;
import org.voisinage.messaging.MessageNotifications;
import org.voisinage.messaging.MessagingTestConfiguration;
import org.voisinage.messaging.MessagingTestConfiguration.Place;
import org.voisinage.messaging.MessagingTestConfiguration.Places;
import org.voisinage.messaging.MessagingTestConfiguration.TestSubjects;
import org.voisinage.messaging.SubjectSummary;
import org.voisinage.support.TestData;

/** Profiles, the directory, the settings, the exchange journey up to thanks, and time credits. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MessagingTestConfiguration.class)
class ProfileWebTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired Places places;
    @Autowired TestSubjects subjects;
    @Autowired ConversationStarting starting;
    @Autowired ExchangeCompletion exchanges;
    @Autowired MessageNotifications notifications;
    @Autowired TimeCredits credits;
    @Autowired JdbcTemplate jdbc;

    Place place;
    long giver;
    long receiver;

    @BeforeEach
    void twoNeighbours() {
        place = places.create();
        giver = place.settledResident();
        receiver = place.settledResident();
    }

    @Test
    void contactThenConversationThenDoneThenConfirmedThenThanks() throws Exception {
        SubjectSummary help = subjects.add(giver, place.neighbourhood(), true);
        String conversation = mvc.perform(post("/messages/nouveau").param("sujet", "test-subject")
                        .param("id", "" + help.id()).param("text", "Pouvez-vous m’aider à monter une étagère ?")
                        .with(user(data.user(receiver))).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(conversation.substring("/messages/".length()));
        mvc.perform(post(conversation).param("text", "Oui, samedi 10 h.").with(user(data.user(giver))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(conversation + "/fait").param("donne", "true").with(user(data.user(giver))).with(csrf()))
                .andExpect(redirectedUrl(conversation));
        // the one who marked it cannot confirm it himself
        mvc.perform(post(conversation + "/confirmer").with(user(data.user(giver))).with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(get(conversation).with(user(data.user(receiver))))
                .andExpect(content().string(containsString("Confirmer l’échange")));
        mvc.perform(post(conversation + "/confirmer").with(user(data.user(receiver))).with(csrf()))
                .andExpect(redirectedUrl(conversation));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from completed_exchange where conversation_id = ?", Long.class, id) == 1);
        assertThat(jdbc.queryForMap("select giver_id, receiver_id, service from completed_exchange where conversation_id = ?", id))
                .containsEntry("giver_id", giver).containsEntry("receiver_id", receiver).containsEntry("service", true);

        mvc.perform(get("/voisins/merci/" + id).with(user(data.user(receiver)))).andExpect(status().isOk());
        mvc.perform(post("/voisins/merci/" + id).param("text", "").with(user(data.user(receiver))).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Écrivez quelques mots de remerciement.")));
        mvc.perform(post("/voisins/merci/" + id).param("text", "Merci pour l’étagère, impeccable !")
                        .with(user(data.user(receiver))).with(csrf()))
                .andExpect(redirectedUrl("/voisins/" + giver));
        mvc.perform(post("/voisins/merci/" + id).param("text", "Encore merci").with(user(data.user(receiver))).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("déjà remercié")));
        long stranger = place.settledResident();
        mvc.perform(get("/voisins/merci/" + id).with(user(data.user(stranger)))).andExpect(status().isNotFound());
        mvc.perform(get("/voisins/" + giver).with(user(data.user(stranger))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Merci pour l’étagère, impeccable !")))
                .andExpect(content().string(containsString("<dd id=\"exchanges-completed\">1</dd>")))
                .andExpect(content().string(containsString("<dd id=\"thanks-received\">1</dd>")))
                .andExpect(content().string(not(containsString("credit-balance")))); // credits are off by default
    }

    @Test
    void aConfirmedServiceMovesOneHourWhereStaffSwitchedCreditsOn() throws Exception {
        long staff = data.resident("ADMIN", "VERIFIED", null, null);
        mvc.perform(post("/admin/credits/" + place.territory()).param("enabled", "true")
                        .with(user(data.user(staff))).with(csrf()))
                .andExpect(redirectedUrl("/admin/credits"));
        assertThat(jdbc.queryForObject("select count(*) from audit_trail where actor_id = ? and action = 'profile.credits.enable'",
                Long.class, staff)).isOne();
        SubjectSummary service = subjects.add(giver, place.neighbourhood(), true);
        long id = starting.start(receiver, "test-subject", service.id(), null, "Bonjour");
        exchanges.markDone(id, receiver, false);
        exchanges.confirm(id, giver);
        SubjectSummary object = subjects.add(giver, place.neighbourhood(), false);
        long gift = starting.start(receiver, "test-subject", object.id(), null, "Bonjour");
        exchanges.markDone(gift, giver, true);
        exchanges.confirm(gift, receiver);
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(credits.balance(giver)).isEqualByComparingTo(BigDecimal.ONE));
        assertThat(credits.balance(receiver)).isEqualByComparingTo("-1");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from completed_exchange where conversation_id = ?", Long.class, gift) == 1);
        assertThat(jdbc.queryForObject("select count(*) from credit_transfer where conversation_id = ?", Long.class, gift))
                .isZero(); // a gift is not a service
        assertThat(jdbc.queryForObject("""
                select count(*) from (select transfer_id from credit_movement group by transfer_id
                                      having sum(hours) <> 0 or count(*) <> 2) broken""", Long.class)).isZero();
        CreditReport report = credits.report(place.territory());
        assertThat(report.total()).isZero();
        assertThat(report.transfers()).isOne();
        mvc.perform(get("/voisins/" + giver).with(user(data.user(receiver))))
                .andExpect(content().string(containsString("<dd id=\"credit-balance\">1 h</dd>")));
        mvc.perform(get("/admin/credits").with(user(data.user(staff))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Crédits temps")));
        mvc.perform(get("/admin/credits").with(user(data.user(giver)))).andExpect(status().isForbidden());
    }

    @Test
    void aProfileShowsTheStreetNeverTheFlatAndOnlyToNeighbours() throws Exception {
        jdbc.update("update resident set flat = 'Bâtiment B, appartement 42', street_label = 'Rue des Lilas' where id = ?",
                giver);
        mvc.perform(get("/voisins/" + giver).with(user(data.user(receiver))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rue des Lilas")))
                .andExpect(content().string(not(containsString("appartement 42"))))
                .andExpect(content().string(containsString("/messages/nouveau?resident=" + giver)))
                .andExpect(content().string(containsString("/signaler/profile/" + giver)));
        Place elsewhere = places.create();
        long farAway = elsewhere.settledResident();
        mvc.perform(get("/voisins/" + giver).with(user(data.user(farAway)))).andExpect(status().isNotFound());
        long pending = data.resident("RESIDENT", "PENDING", place.neighbourhood(), null);
        mvc.perform(get("/voisins/" + giver).with(user(data.user(pending)))).andExpect(status().isNotFound());
        mvc.perform(get("/voisins/" + pending).with(user(data.user(giver)))).andExpect(status().isNotFound());
        mvc.perform(get("/voisins/999999999").with(user(data.user(giver)))).andExpect(status().isNotFound());
        mvc.perform(get("/voisins/" + giver)).andExpect(status().is3xxRedirection());
        // nor write to it from there...
        mvc.perform(get("/messages/nouveau").param("resident", "" + giver).with(user(data.user(farAway))))
                .andExpect(status().isNotFound());
        // ...but met through a subject that reaches their neighbourhood, they see the profile
        SubjectSummary drill = subjects.add(giver, place.neighbourhood(), false);
        subjects.reach(drill.id(), elsewhere.neighbourhood());
        starting.start(farAway, "test-subject", drill.id(), null, "Bonjour de l’autre quartier");
        mvc.perform(get("/voisins/" + giver).with(user(data.user(farAway)))).andExpect(status().isOk());
    }

    @Test
    void theDirectoryListsOnlyThoseWhoOptedInAndFiltersBySkill() throws Exception {
        mvc.perform(get("/voisins").with(user(data.user(receiver))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/voisins/" + giver + "\""))));
        mvc.perform(get("/compte/profil").with(user(data.user(giver))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"listed\"")));
        mvc.perform(post("/compte/profil").param("listed", "true").param("skills", "Jardinage, Électricité")
                        .param("interests", "Les vélos").param("showSkills", "true")
                        .with(user(data.user(giver))).with(csrf()))
                .andExpect(redirectedUrl("/compte/profil"));
        assertThat(notifications.emailsWanted(giver)).isFalse(); // the box was not ticked
        mvc.perform(get("/voisins").with(user(data.user(receiver))))
                .andExpect(content().string(containsString("/voisins/" + giver + "\"")))
                .andExpect(content().string(containsString("Électricité")));
        mvc.perform(get("/voisins").param("competence", "electri").with(user(data.user(receiver))))
                .andExpect(content().string(containsString("/voisins/" + giver + "\"")));
        mvc.perform(get("/voisins").param("competence", "plomberie").with(user(data.user(receiver))))
                .andExpect(content().string(not(containsString("/voisins/" + giver + "\""))));
        long pending = data.resident("RESIDENT", "PENDING", place.neighbourhood(), null);
        mvc.perform(get("/voisins").with(user(data.user(pending)))).andExpect(status().isForbidden());
    }

    @Test
    void badSettingsAreRefusedWithATranslatedMessage() throws Exception {
        mvc.perform(post("/compte/profil").param("skills", "x".repeat(10_000)).with(user(data.user(giver))).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("500 caractères au plus.")));
        mvc.perform(post("/compte/profil").param("listed", "peut-être").with(user(data.user(giver))).with(csrf()))
                .andExpect(status().is4xxClientError());
        mvc.perform(get("/voisins").param("competence", "y".repeat(5_000)).with(user(data.user(giver))))
                .andExpect(status().isOk());
    }
}
