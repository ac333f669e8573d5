package org.voisinage.profile;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.voisinage.messaging.MessagingTestConfiguration;
import org.voisinage.messaging.MessagingTestConfiguration.Place;
import org.voisinage.messaging.MessagingTestConfiguration.Places;
import org.voisinage.support.TestData;

/** The report form of a profile shows the reporter what the profile shows them, never what its owner chose to hide. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MessagingTestConfiguration.class)
class ReportFormPrivacyTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired Places places;
    @Autowired JdbcTemplate jdbc;

    Place place;
    long owner;
    long reporter;
    String skill;
    String interest;

    @BeforeEach
    void aProfileWithTexts() {
        place = places.create();
        owner = place.settledResident();
        reporter = place.settledResident();
        skill = TestData.unique("Plomberie");
        interest = TestData.unique("Les orchidées");
        jdbc.update("insert into profile_settings (resident_id, skills, interests, show_skills) values (?, ?, ?, true)",
                owner, skill, interest);
    }

    @Test
    void shownTextsAppearOnTheReportForm() throws Exception {
        mvc.perform(get("/signaler/profile/" + owner).with(user(data.user(reporter))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(skill)))
                .andExpect(content().string(containsString(interest)));
    }

    @Test
    void textsTheOwnerChoseNotToShowStayOffTheReportForm() throws Exception {
        jdbc.update("update profile_settings set show_skills = false where resident_id = ?", owner);
        mvc.perform(get("/voisins/" + owner).with(user(data.user(reporter))))
                .andExpect(content().string(not(containsString(skill))));
        mvc.perform(get("/signaler/profile/" + owner).with(user(data.user(reporter))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(skill))))
                .andExpect(content().string(not(containsString(interest))));
    }

    @Test
    void textsModeratorsHidStayOffTheReportForm() throws Exception {
        jdbc.update("update profile_settings set hidden_at = now(), hidden_reason = 'données personnelles' where resident_id = ?", owner);
        mvc.perform(get("/signaler/profile/" + owner).with(user(data.user(reporter))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(skill))))
                .andExpect(content().string(not(containsString(interest))));
    }
}
