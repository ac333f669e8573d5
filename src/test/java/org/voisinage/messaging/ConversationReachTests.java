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
import org.voisinage.common.NotFoundException;
import org.voisinage.messaging.MessagingTestConfiguration.Place;
import org.voisinage.messaging.MessagingTestConfiguration.Places;
import org.voisinage.messaging.MessagingTestConfiguration.TestSubjects;
import org.voisinage.support.TestData;

/**
 * A conversation starts only with someone whose profile the starter may see, or about a subject the starter may see;
 * anything else does not exist for them (404, no name, no title), and pages never show a subject beyond reach.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MessagingTestConfiguration.class)
class ConversationReachTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired Places places;
    @Autowired TestSubjects subjects;
    @Autowired ConversationStarting starting;
    @Autowired JdbcTemplate jdbc;

    Place a;
    Place b;
    long alice;
    String aliceName;
    long bob;

    @BeforeEach
    void twoNeighbourhoods() {
        a = places.create();
        b = places.create();
        alice = a.settledResident();
        aliceName = jdbc.queryForObject("select display_name from resident where id = ?", String.class, alice);
        bob = b.settledResident();
    }

    long conversationsBetween(long one, long other) {
        return jdbc.queryForObject("select count(*) from conversation where resident_low = ? and resident_high = ?",
                Long.class, Math.min(one, other), Math.max(one, other));
    }

    @Test
    void aResidentOfAnotherNeighbourhoodCannotWriteToAResidentTheyCannotSee() throws Exception {
        mvc.perform(get("/messages/nouveau").param("resident", "" + alice).with(user(data.user(bob))))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(aliceName))));
        mvc.perform(post("/messages/nouveau").param("resident", "" + alice).param("text", "Bonjour de loin")
                        .with(user(data.user(bob))).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(aliceName))));
        // an invalid text does not make the form (with the name) come back either
        mvc.perform(post("/messages/nouveau").param("resident", "" + alice).param("text", " ")
                        .with(user(data.user(bob))).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(aliceName))));
        assertThatThrownBy(() -> starting.start(bob, null, null, alice, "Bonjour"))
                .isInstanceOf(NotFoundException.class);
        assertThat(conversationsBetween(alice, bob)).isZero();
        mvc.perform(get("/voisins/" + alice).with(user(data.user(bob)))).andExpect(status().isNotFound());
    }

    @Test
    void aSubjectBeyondTheStartersReachDoesNotExistForThem() throws Exception {
        SubjectSummary drill = subjects.add(alice, a.neighbourhood(), false);
        mvc.perform(get("/messages/nouveau").param("sujet", "test-subject").param("id", "" + drill.id())
                        .with(user(data.user(bob))))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(drill.title()))))
                .andExpect(content().string(not(containsString(aliceName))));
        mvc.perform(post("/messages/nouveau").param("sujet", "test-subject").param("id", "" + drill.id())
                        .param("text", "Je la voudrais").with(user(data.user(bob))).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(drill.title()))));
        assertThat(conversationsBetween(alice, bob)).isZero();
    }

    @Test
    void withinReachAConversationStartsAndItsPartnersSeeEachOthersProfiles() throws Exception {
        long neighbour = a.settledResident();
        mvc.perform(get("/messages/nouveau").param("resident", "" + alice).with(user(data.user(neighbour))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(aliceName)));
        // a subject of A reaching B: bob may write about it, and then both see each other's profile
        SubjectSummary drill = subjects.add(alice, a.neighbourhood(), false);
        subjects.reach(drill.id(), b.neighbourhood());
        mvc.perform(get("/messages/nouveau").param("sujet", "test-subject").param("id", "" + drill.id())
                        .with(user(data.user(bob))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(drill.title())));
        mvc.perform(post("/messages/nouveau").param("sujet", "test-subject").param("id", "" + drill.id())
                        .param("text", "Je la voudrais").with(user(data.user(bob))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(conversationsBetween(alice, bob)).isOne();
        mvc.perform(get("/voisins/" + alice).with(user(data.user(bob)))).andExpect(status().isOk());
        mvc.perform(get("/voisins/" + bob).with(user(data.user(alice)))).andExpect(status().isOk());
        // once talking, a second conversation from the profile is allowed too
        mvc.perform(get("/messages/nouveau").param("resident", "" + alice).with(user(data.user(bob))))
                .andExpect(status().isOk());
    }

    @Test
    void theInboxAndTheConversationShowNoTitleOfASubjectNowBeyondReach() throws Exception {
        SubjectSummary drill = subjects.add(alice, a.neighbourhood(), false);
        subjects.reach(drill.id(), b.neighbourhood());
        long id = starting.start(bob, "test-subject", drill.id(), null, "Je la voudrais");
        mvc.perform(get("/messages").with(user(data.user(bob))))
                .andExpect(content().string(containsString(drill.title())));
        subjects.hide(drill.id());
        mvc.perform(get("/messages").with(user(data.user(bob))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(drill.title()))));
        mvc.perform(get("/messages/" + id).with(user(data.user(bob))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Je la voudrais")))
                .andExpect(content().string(not(containsString(drill.title()))));
        // its author still sees what it was about
        mvc.perform(get("/messages").with(user(data.user(alice))))
                .andExpect(content().string(containsString(drill.title())));
        mvc.perform(get("/messages/" + id).with(user(data.user(alice))))
                .andExpect(content().string(containsString(drill.title())));
    }
}
