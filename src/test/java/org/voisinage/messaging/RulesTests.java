package org.voisinage.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.common.Refusal;
import org.voisinage.messaging.MessagingTestConfiguration.Place;
import org.voisinage.messaging.MessagingTestConfiguration.Places;
import org.voisinage.messaging.MessagingTestConfiguration.TestSubjects;
import org.voisinage.support.TestData;

/** Blocking, barred residents, the newcomer limit and the email throttle. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MessagingTestConfiguration.class)
class RulesTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired Places places;
    @Autowired TestSubjects subjects;
    @Autowired ConversationStarting starting;
    @Autowired MessageSending sending;
    @Autowired Blocks blocks;
    @Autowired MessageNotifications notifications;
    @Autowired JdbcTemplate jdbc;

    Place place;
    long alice;
    long bob;

    @BeforeEach
    void twoNeighbours() {
        place = places.create();
        alice = place.settledResident();
        bob = place.settledResident();
    }

    @Test
    void blockingStopsMessagesBothWaysAndMakesTheConversationReadOnly() throws Exception {
        long id = starting.start(bob, null, null, alice, "Salut Alice");
        mvc.perform(post("/messages/bloquer/" + bob).with(user(data.user(alice))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(blocks.hasBlocked(alice, bob)).isTrue();

        mvc.perform(post("/messages/" + id).param("text", "Encore moi").with(user(data.user(bob))).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("l’un de vous a bloqué l’autre")));
        mvc.perform(get("/messages/nouveau").param("resident", "" + alice).with(user(data.user(bob))))
                .andExpect(status().is3xxRedirection()); // the existing conversation, read-only
        mvc.perform(get("/messages/" + id).with(user(data.user(bob))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lecture seule")))
                .andExpect(content().string(not(containsString("id=\"composer\""))));
        SubjectSummary listing = subjects.add(alice, place.neighbourhood(), false);
        mvc.perform(get("/messages/nouveau").param("sujet", "test-subject").param("id", "" + listing.id())
                        .with(user(data.user(bob))))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("l’un de vous a bloqué l’autre")));
        // no contact button on her profile for him, nor for her on his
        mvc.perform(get("/voisins/" + alice).with(user(data.user(bob))))
                .andExpect(content().string(not(containsString("/messages/nouveau"))));
        mvc.perform(get("/voisins/" + bob).with(user(data.user(alice))))
                .andExpect(content().string(not(containsString("/messages/nouveau"))))
                .andExpect(content().string(containsString("/messages/debloquer/" + bob)));

        mvc.perform(post("/messages/debloquer/" + bob).with(user(data.user(alice))).with(csrf()));
        assertThat(sending.send(id, bob, "Merci").body()).isEqualTo("Merci");
    }

    @Test
    void aBarredResidentCannotBeWrittenTo() throws Exception {
        jdbc.update("update resident set suspended_until = now() + interval '3 days', sanction_reason = 'spam' where id = ?",
                alice);
        mvc.perform(get("/messages/nouveau").param("resident", "" + alice).with(user(data.user(bob))))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Ce compte est suspendu")));
        assertThatThrownBy(() -> starting.start(bob, null, null, alice, "Salut"))
                .isInstanceOf(Refusal.class).hasMessage("messaging.refused.barred");
    }

    @Test
    void pendingResidentsCannotStartConversations() throws Exception {
        long pending = data.resident("RESIDENT", "PENDING", place.neighbourhood(), null);
        mvc.perform(get("/messages/nouveau").param("resident", "" + alice).with(user(data.user(pending))))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("habitants vérifiés")));
        mvc.perform(get("/messages/nouveau").param("resident", "" + pending).with(user(data.user(alice))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aNewcomerStartsAtMostFiveNewConversationsADay() throws Exception {
        long newcomer = place.resident(); // verified just now
        for (int i = 0; i < 5; i++) {
            starting.start(newcomer, null, null, place.settledResident(), "Bonjour " + i);
        }
        long sixth = place.settledResident();
        mvc.perform(get("/messages/nouveau").param("resident", "" + sixth).with(user(data.user(newcomer))))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("5 nouvelles conversations par jour")));
        mvc.perform(post("/messages/nouveau").param("resident", "" + sixth).param("text", "Bonjour")
                        .with(user(data.user(newcomer))).with(csrf()))
                .andExpect(status().isTooManyRequests());
        // writing in a conversation already started is not a new one
        long first = jdbc.queryForObject("select min(id) from conversation where started_by = ?", Long.class, newcomer);
        sending.send(first, newcomer, "Encore");
        // a week later the limit is gone
        jdbc.update("update resident set verified_at = now() - interval '8 days' where id = ?", newcomer);
        assertThat(starting.start(newcomer, null, null, sixth, "Bonjour")).isPositive();
    }

    @Test
    void unreadMessagesAreEmailedAtMostOncePerConversationPerHourAndNeverToThoseWhoOptedOut() {
        String aliceEmail = data.emailOf(alice);
        long id = starting.start(bob, null, null, alice, "Un");
        sending.send(id, bob, "Deux");
        sending.send(id, bob, "Trois");
        assertThat(emailsTo(aliceEmail)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select subject from outbox_email where recipient = ?", String.class, aliceEmail))
                .contains("vous a écrit");
        // an hour later, the next message is emailed again
        jdbc.update("update conversation set low_emailed_at = low_emailed_at - interval '61 minutes',"
                + " high_emailed_at = high_emailed_at - interval '61 minutes' where id = ?", id);
        sending.send(id, bob, "Quatre");
        assertThat(emailsTo(aliceEmail)).isEqualTo(2);

        String bobEmail = data.emailOf(bob);
        notifications.setEmailsWanted(bob, false);
        sending.send(id, alice, "Réponse");
        assertThat(emailsTo(bobEmail)).isZero();
    }

    private long emailsTo(String email) {
        return jdbc.queryForObject("select count(*) from outbox_email where recipient = ?", Long.class, email);
    }
}
