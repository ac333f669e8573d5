package org.voisinage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
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
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.support.TestData;

/** The header: six sections with the current one marked, a personal area by role, and the "my neighbourhood" hub. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class LayoutNavigationTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;

    @Test
    void pathsBelongToTheirSection() {
        assertThat(LayoutModel.section("/initiatives/12")).isEqualTo("initiatives");
        assertThat(LayoutModel.section("/besoins")).isEqualTo("quartier");
        assertThat(LayoutModel.section("/quartiers/gratte-ciel")).isEqualTo("quartier");
        assertThat(LayoutModel.section("/bons-plans")).isEqualTo("organisations");
        assertThat(LayoutModel.section("/")).isEmpty();
    }

    @Test
    void theCurrentSectionIsMarked() throws Exception {
        mvc.perform(get("/agenda"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/agenda\" aria-current=\"page\"")))
                .andExpect(content().string(not(containsString("href=\"/initiatives\" aria-current"))));
    }

    @Test
    void aResidentHasTheirNeighbourhoodHubAndPersonalAreaButNoStaffLinks() throws Exception {
        long neighbourhood = oceanNeighbourhood();
        long resident = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        mvc.perform(get("/").with(user(data.user(resident))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"my-neighbourhood\"")))
                .andExpect(content().string(containsString("href=\"/besoins\"")))
                .andExpect(content().string(containsString("id=\"nav-messages\"")))
                .andExpect(content().string(containsString("id=\"nav-notifications\"")))
                .andExpect(content().string(containsString("id=\"account-menu\"")))
                .andExpect(content().string(not(containsString("id=\"nav-moderation\""))))
                .andExpect(content().string(not(containsString("id=\"nav-admin\""))));
        mvc.perform(get("/quartiers/" + data.slugOf(neighbourhood)).with(user(data.user(resident))))
                .andExpect(content().string(containsString("href=\"/alertes\"")))
                .andExpect(content().string(matchesRegex("(?s).*href=\"/quartiers/" + data.slugOf(neighbourhood)
                        + "\"\\s+title=\"[^\"]*\"\\s+aria-current=\"page\".*")));
    }

    @Test
    void staffFindAdminInTheAccountMenu() throws Exception {
        long staff = data.resident("ADMIN", "VERIFIED", null, null);
        mvc.perform(get("/").with(user(data.user(staff))))
                .andExpect(content().string(containsString("id=\"nav-admin\"")));
    }

    @Test
    void aModeratorFindsModerationButNotAdmin() throws Exception {
        // the header's links follow the role hierarchy as sec:authorize did (LayoutModel.Access)
        long moderator = data.resident("MODERATOR", "VERIFIED", oceanNeighbourhood(), null);
        mvc.perform(get("/").with(user(data.user(moderator))))
                .andExpect(content().string(containsString("id=\"nav-moderation\"")))
                .andExpect(content().string(not(containsString("id=\"nav-admin\""))))
                .andExpect(content().string(not(containsString("href=\"/signup\""))));
        long staff = data.resident("STAFF", "VERIFIED", null, null);
        mvc.perform(get("/").with(user(data.user(staff))))
                .andExpect(content().string(containsString("id=\"nav-moderation\"")))
                .andExpect(content().string(containsString("id=\"nav-admin\"")));
    }

    @Test
    void visitorsAreOfferedToSignInOrJoin() throws Exception {
        mvc.perform(get("/"))
                .andExpect(content().string(containsString("href=\"/signup\"")))
                .andExpect(content().string(not(containsString("id=\"account-menu\""))));
    }

    private long oceanNeighbourhood() {
        return data.neighbourhoodSomewhereIn(-30, -20, -40, -30);
    }
}
