package org.voisinage.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.support.TestData;

@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class PeopleAdminTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    @Test
    void onlyStaffSeeThePeople() throws Exception {
        long resident = data.resident("RESIDENT", "VERIFIED", null, null);
        long staff = data.resident("STAFF", "VERIFIED", null, null);
        mvc.perform(get("/admin/people")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/people").with(user(data.user(resident)))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/people").param("q", "person").with(user(data.user(staff)))).andExpect(status().isOk());
        mvc.perform(get("/admin/people/" + resident).with(user(data.user(staff)))).andExpect(status().isOk());
        mvc.perform(get("/admin/people/999999999").with(user(data.user(staff)))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/people/not-a-number").with(user(data.user(staff)))).andExpect(status().isBadRequest());
    }

    @Test
    void staffMakeAModeratorOfGivenNeighbourhoodsButOnlyAdminsGrantStaff() throws Exception {
        long neighbourhood = data.neighbourhood(data.territory(), 1, 1, 2, 2);
        long resident = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        long staff = data.resident("STAFF", "VERIFIED", null, null);
        long admin = data.resident("ADMIN", "VERIFIED", null, null);

        mvc.perform(post("/admin/people/" + resident + "/role").param("role", "MODERATOR").with(csrf()).with(user(data.user(staff))))
                .andExpect(model().attributeHasFieldErrorCode("roleForm", "role", "account.people.role.moderatorNeedsNeighbourhood"));
        mvc.perform(post("/admin/people/" + resident + "/role").param("role", "MODERATOR")
                        .param("neighbourhoods", String.valueOf(neighbourhood)).with(csrf()).with(user(data.user(staff))))
                .andExpect(redirectedUrl("/admin/people/" + resident));
        assertThat(jdbc.queryForList("select neighbourhood_id from moderator_neighbourhood where resident_id = ?", Long.class, resident))
                .containsExactly(neighbourhood);

        mvc.perform(post("/admin/people/" + resident + "/role").param("role", "STAFF").with(csrf()).with(user(data.user(staff))))
                .andExpect(model().attributeHasFieldErrorCode("roleForm", "role", "account.people.role.adminOnly"));
        mvc.perform(post("/admin/people/" + resident + "/role").param("role", "SUPERUSER").with(csrf()).with(user(data.user(admin))))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("roleForm", "role"));
        mvc.perform(post("/admin/people/" + admin + "/role").param("role", "RESIDENT").with(csrf()).with(user(data.user(admin))))
                .andExpect(model().attributeHasFieldErrorCode("roleForm", "role", "account.people.role.notYourself"));
        mvc.perform(post("/admin/people/" + resident + "/role").param("role", "STAFF").with(csrf()).with(user(data.user(admin))))
                .andExpect(redirectedUrl("/admin/people/" + resident));
        assertThat(jdbc.queryForList("select neighbourhood_id from moderator_neighbourhood where resident_id = ?", Long.class, resident))
                .isEmpty();
    }
}
