package org.voisinage.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.agenda.Agenda;
import org.voisinage.agenda.EventForm;
import org.voisinage.agenda.Events;
import org.voisinage.agenda.Visibility;
import org.voisinage.support.TestData;

/** Challenges host events in the agenda: staff organise them and the challenge page lists the coming ones. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ChallengeTestConfiguration.class)
class ChallengeEventsTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired ChallengeTestConfiguration.Fixtures fixtures;
    @Autowired Events events;
    @Autowired Agenda agenda;

    @Test
    void staffOrganiseAChallengesApéroWhichItsPageLists() throws Exception {
        long[] ids = fixtures.territoryAndTwoNeighbourhoods();
        long challenge = fixtures.open(ids[1], 40, null);
        long staff = data.resident("STAFF", "VERIFIED", null, null);
        long resident = data.resident("RESIDENT", "VERIFIED", ids[1], null);
        LocalDate day = LocalDate.now().plusDays(4);
        EventForm apero = new EventForm("Apéro du défi", "", day, LocalTime.of(18, 0), day, LocalTime.of(20, 0),
                "Place", null, null, Visibility.PUBLIC, null, "challenge", challenge);

        assertThatThrownBy(() -> events.create(apero, resident)).hasMessage("agenda.refused.notHostOrganiser");
        long event = events.create(apero, staff);

        assertThat(agenda.upcomingOf("challenge", challenge, 5)).singleElement()
                .satisfies(e -> assertThat(e.path()).isEqualTo("/agenda/evenements/" + event));
        mvc.perform(get("/defis/" + challenge))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Apéro du défi")))
                .andExpect(content().string(not(containsString("/agenda/evenements/nouveau"))));
        mvc.perform(get("/defis/" + challenge).with(user(data.user(staff))))
                .andExpect(content().string(containsString("/agenda/evenements/nouveau?hostType=challenge&amp;hostId=" + challenge)));
        mvc.perform(get("/agenda/evenements/" + event))
                .andExpect(content().string(containsString("href=\"/defis/" + challenge + "\"")));
    }
}
