package org.voisinage.web;

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

/** A neighbourhood's page lists only the members who chose to be listed; the count still counts them all. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class NeighbourhoodMembersListTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    String nameOf(long resident) {
        return jdbc.queryForObject("select display_name from resident where id = ?", String.class, resident);
    }

    @Test
    void onlyMembersWhoOptedInAreListed() throws Exception {
        long territory = data.territory();
        long neighbourhood = data.neighbourhood(territory, 4.0, 44.1, 4.1, 44.2);
        long listed = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        jdbc.update("insert into profile_settings (resident_id, listed) values (?, true)", listed);
        long unlisted = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        long saidNo = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        jdbc.update("insert into profile_settings (resident_id, listed) values (?, false)", saidNo);
        long member = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        long staff = data.resident("STAFF", "VERIFIED", null, null);
        for (long viewer : new long[] {member, staff}) {
            mvc.perform(get("/quartiers/" + data.slugOf(neighbourhood)).with(user(data.user(viewer))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("members-title")))
                    .andExpect(content().string(containsString(nameOf(listed))))
                    .andExpect(content().string(not(containsString(nameOf(unlisted)))))
                    .andExpect(content().string(not(containsString(nameOf(saidNo)))))
                    .andExpect(content().string(containsString("4</p>")));
        }
    }
}
