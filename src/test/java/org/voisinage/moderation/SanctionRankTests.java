package org.voisinage.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.voisinage.account.Residents;
import org.voisinage.support.TestData;

/**
 * Who may suspend or ban whom: only someone of a lower role, except administrators, who may bar anyone but
 * themselves. A refused sanction is a 403 with a translated message on the form, and changes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class SanctionRankTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired Residents residents;

    ModerationFixtures fixtures;
    long territory;
    long neighbourhood;

    @BeforeEach
    void setUp() {
        fixtures = new ModerationFixtures(data, jdbc);
        long[] ids = fixtures.territoryAndTwoNeighbourhoods();
        territory = ids[0];
        neighbourhood = ids[1];
    }

    @Test
    void aModeratorMayNotSuspendNorBanStaffAdministratorsFellowModeratorsOrThemselves() throws Exception {
        long moderator = fixtures.moderatorOf(neighbourhood);
        long[] authors = {data.resident("STAFF", "VERIFIED", neighbourhood, null),
                data.resident("ADMIN", "VERIFIED", neighbourhood, null), fixtures.moderatorOf(neighbourhood), moderator};
        for (long author : authors) {
            for (String decision : new String[] {"SUSPEND", "BAN"}) {
                refused(moderator, author, decision);
            }
        }
    }

    @Test
    void staffMayNotBarStaffNorAdministratorsButMayBarModerators() throws Exception {
        long staff = data.resident("STAFF", "VERIFIED", null, null);
        refused(staff, data.resident("ADMIN", "VERIFIED", neighbourhood, null), "BAN");
        refused(staff, data.resident("STAFF", "VERIFIED", neighbourhood, null), "SUSPEND");
        long moderator = fixtures.moderatorOf(neighbourhood);
        decide(staff, moderator, "SUSPEND").andExpect(redirectedUrl("/moderation"));
        assertThat(residents.isBarred(moderator)).isTrue();
    }

    @Test
    void anAdministratorMayBarStaffAndAnotherAdministratorAndAModeratorAResident() throws Exception {
        long admin = data.resident("ADMIN", "VERIFIED", null, null);
        long staff = data.resident("STAFF", "VERIFIED", neighbourhood, null);
        long otherAdmin = data.resident("ADMIN", "VERIFIED", neighbourhood, null);
        decide(admin, staff, "BAN").andExpect(redirectedUrl("/moderation"));
        decide(admin, otherAdmin, "SUSPEND").andExpect(redirectedUrl("/moderation"));
        assertThat(residents.isBarred(staff)).isTrue();
        assertThat(residents.isBarred(otherAdmin)).isTrue();
        refused(admin, admin, "BAN");

        long resident = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        decide(fixtures.moderatorOf(neighbourhood), resident, "BAN").andExpect(redirectedUrl("/moderation"));
        assertThat(residents.isBarred(resident)).isTrue();
    }

    /** The decision is refused with its message; the author, the content and the case are as before. */
    private void refused(long moderatorId, long authorId, String decision) throws Exception {
        long challenge = fixtures.challenge(territory, neighbourhood, TestData.unique("Défi"));
        long caseId = fixtures.caseWithAuthor(challenge, neighbourhood, authorId);
        long version = fixtures.version(caseId);
        decide(moderatorId, caseId, version, decision)
                .andExpect(status().isForbidden())
                .andExpect(model().attributeHasFieldErrorCode("decision", "decision",
                        "moderation.decision.sanction.refused"))
                .andExpect(content().string(Matchers.containsString("Vous ne pouvez pas suspendre ni bannir")))
                // what was typed comes back
                .andExpect(content().string(Matchers.containsString("Propos hors sujet")));
        assertThat(residents.isBarred(authorId)).as("author %d barred by %d", authorId, moderatorId).isFalse();
        assertThat(fixtures.version(caseId)).isEqualTo(version);
        assertThat(fixtures.openCase(challenge)).isEqualTo(caseId);
        assertThat(fixtures.hidden(challenge)).isFalse();
        assertThat(fixtures.audits("moderation." + decision.toLowerCase(), "challenge:" + challenge)).isZero();
    }

    private ResultActions decide(long moderatorId, long authorId, String decision) throws Exception {
        long caseId = fixtures.caseWithAuthor(fixtures.challenge(territory, neighbourhood, TestData.unique("Défi")),
                neighbourhood, authorId);
        return decide(moderatorId, caseId, fixtures.version(caseId), decision);
    }

    private ResultActions decide(long moderatorId, long caseId, long version, String decision) throws Exception {
        return mvc.perform(post("/moderation/cases/" + caseId).with(user(data.user(moderatorId))).with(csrf())
                .param("version", String.valueOf(version)).param("decision", decision).param("days", "7")
                .param("reason", "Propos hors sujet"));
    }
}
