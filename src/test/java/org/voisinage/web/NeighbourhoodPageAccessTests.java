package org.voisinage.web;

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
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.support.TestData;

/** Who sees the members-only part of a neighbourhood page: its verified members and staff, nobody else. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class NeighbourhoodPageAccessTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;

    long north;
    long south;
    String northSlug;
    String memberName = "Person";
    long northMember;

    @BeforeEach
    void twoNeighbourhoods() {
        long territory = data.territory();
        north = data.neighbourhood(territory, 4.0, 45.1, 4.1, 45.2);
        south = data.neighbourhood(territory, 4.0, 45.0, 4.1, 45.1);
        northSlug = data.slugOf(north);
        northMember = data.resident("RESIDENT", "VERIFIED", north, null);
    }

    @Test
    void anyoneSeesThePublicPartOnly() throws Exception {
        mvc.perform(get("/quartiers/" + northSlug))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A test neighbourhood")))
                .andExpect(content().string(containsString("1</p>")))
                .andExpect(content().string(not(containsString(data.emailOf(northMember).substring(0, 15)))))
                .andExpect(content().string(not(containsString("members-title"))));
    }

    @Test
    void aVerifiedMemberSeesTheirNeighbours() throws Exception {
        long other = data.resident("RESIDENT", "VERIFIED", north, null);
        mvc.perform(get("/quartiers/" + northSlug).with(user(data.user(other))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("members-title")));
    }

    @Test
    void aPendingResidentSeesTheirNeighbourhoodReadOnly() throws Exception {
        long pending = data.resident("RESIDENT", "PENDING", north, null);
        mvc.perform(get("/quartiers/" + northSlug).with(user(data.user(pending))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("members-title"))))
                .andExpect(content().string(containsString("Dès que votre adresse sera vérifiée")));
    }

    @Test
    void aResidentOfAnotherNeighbourhoodDoesNotSeeMembers() throws Exception {
        long southMember = data.resident("RESIDENT", "VERIFIED", south, null);
        mvc.perform(get("/quartiers/" + northSlug).with(user(data.user(southMember))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("members-title"))))
                .andExpect(content().string(containsString("réservée aux habitants vérifiés")));
    }

    @Test
    void staffSeeEveryNeighbourhoodsMembers() throws Exception {
        long staff = data.resident("STAFF", "VERIFIED", null, null);
        mvc.perform(get("/quartiers/" + northSlug).with(user(data.user(staff))))
                .andExpect(content().string(containsString("members-title")));
    }
}
