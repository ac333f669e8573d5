package org.voisinage.agenda;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.support.TestData;

/** A hidden event is seen by its organiser, staff and the moderators of its neighbourhood, not those of another. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class HiddenEventScopeTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired Events events;
    @Autowired EventModeration moderation;
    @Autowired JdbcTemplate jdbc;

    long moderatorOf(long neighbourhood) {
        long id = data.resident("MODERATOR", "VERIFIED", neighbourhood, null);
        jdbc.update("insert into moderator_neighbourhood (resident_id, neighbourhood_id) values (?, ?)", id,
                neighbourhood);
        return id;
    }

    @Test
    void theModeratorOfAnotherNeighbourhoodDoesNotSeeAHiddenEvent() throws Exception {
        long[] ids = AgendaFixtures.twoNeighbourhoods(data);
        long organiser = AgendaFixtures.member(data, ids[0]);
        String title = TestData.unique("Apéro masqué");
        long event = events.create(AgendaFixtures.form(title, null, Visibility.PUBLIC), organiser);
        moderation.hide(event, "Publicité");
        long otherModerator = moderatorOf(ids[1]);
        mvc.perform(get("/agenda/evenements/" + event).with(user(data.user(otherModerator))))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(title))));
        mvc.perform(get("/agenda/evenements/" + event + ".ics").with(user(data.user(otherModerator))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/agenda/evenements/" + event).with(user(data.user(moderatorOf(ids[0])))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(title)));
        mvc.perform(get("/agenda/evenements/" + event).with(user(data.user(organiser))))
                .andExpect(status().isOk());
    }
}
