package org.voisinage.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.voisinage.support.TestData;

/** The challenge pages and forms: who may do what, validation messages and 4xx, and a page of constant SQL. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ChallengeTestConfiguration.class)
class ChallengeWebTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired ChallengeTestConfiguration.Fixtures fixtures;
    @Autowired Challenges challenges;
    @Autowired ChallengeEditing editing;
    @Autowired ChallengeLifecycle lifecycle;
    @Autowired ChallengePledges pledges;
    @Autowired JdbcTemplate jdbc;

    long territory;
    long north;
    long south;
    long staff;

    @BeforeEach
    void place() {
        long[] ids = fixtures.territoryAndTwoNeighbourhoods();
        territory = ids[0];
        north = ids[1];
        south = ids[2];
        staff = data.resident("STAFF", "VERIFIED", null, null);
    }

    // The public page and pledging

    @Test
    void anyoneSeesAnOpenChallengeWithItsProgressAndChart() throws Exception {
        long id = fixtures.open(north, 40, null);
        pledges.pledge(id, data.resident("RESIDENT", "VERIFIED", north, null), true);
        mvc.perform(get("/defis/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<progress id=\"challenge-progress\" value=\"1\" max=\"40\"")))
                .andExpect(content().string(containsString("<polyline class=\"challenge-chart__actual\"")))
                .andExpect(content().string(containsString("Connectez-vous en habitant vérifié")))
                .andExpect(content().string(not(containsString("style="))));
    }

    @Test
    void draftsAndUnknownIdsAreNotFound() throws Exception {
        long draft = editing.create(fixtures.form("n-" + north, 10, null));
        mvc.perform(get("/defis/" + draft)).andExpect(status().isNotFound());
        mvc.perform(get("/defis/99999999")).andExpect(status().isNotFound());
        mvc.perform(get("/defis/" + draft).with(user(data.user(staff)))).andExpect(status().isOk());
    }

    @Test
    void aVerifiedResidentPledgesThenIsRefusedASecondTime() throws Exception {
        long id = fixtures.open(north, 40, null);
        long resident = data.resident("RESIDENT", "VERIFIED", north, null);
        mvc.perform(post("/defis/" + id + "/engagement").param("follow", "true").with(user(data.user(resident))).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/defis/" + id));
        mvc.perform(get("/defis/" + id).with(user(data.user(resident))))
                .andExpect(content().string(containsString("id=\"pledged\"")))
                .andExpect(content().string(containsString("Retirer mon engagement")));
        mvc.perform(post("/defis/" + id + "/engagement").with(user(data.user(resident))).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Vous êtes déjà engagé·e dans ce défi.")));
        mvc.perform(post("/defis/" + id + "/retrait").with(user(data.user(resident))).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void pendingResidentsAndOutsidersAreRefusedWithA403() throws Exception {
        long id = fixtures.open(north, 40, null);
        mvc.perform(post("/defis/" + id + "/engagement")
                        .with(user(data.user(data.resident("RESIDENT", "PENDING", north, null)))).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("adresse est vérifiée")));
        mvc.perform(post("/defis/" + id + "/engagement")
                        .with(user(data.user(data.resident("RESIDENT", "VERIFIED", south, null)))).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("réservé aux habitants")));
        long elsewhere = fixtures.territoryAndTwoNeighbourhoods()[1];
        mvc.perform(post("/defis/" + id + "/engagement")
                        .with(user(data.user(data.resident("RESIDENT", "VERIFIED", elsewhere, null)))).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void anonymousPeopleAreSentToSignInToPledge() throws Exception {
        long id = fixtures.open(north, 40, null);
        mvc.perform(post("/defis/" + id + "/engagement").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    // Listing

    @Test
    void theListingShowsOpenChallengesOfMyNeighbourhoodAndTerritory() throws Exception {
        long mine = fixtures.open(north, 40, null);
        long territoryWide = editing.create(fixtures.form("t-" + territory, 40, null));
        lifecycle.open(territoryWide);
        long theirs = fixtures.open(south, 40, null);
        long resident = data.resident("RESIDENT", "VERIFIED", north, null);
        String mineTitle = challenges.page(mine, null).title();
        String wideTitle = challenges.page(territoryWide, null).title();
        String theirsTitle = challenges.page(theirs, null).title();
        mvc.perform(get("/defis").param("sort", "DEADLINE").param("size", "100").with(user(data.user(resident))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(mineTitle)))
                .andExpect(content().string(containsString(wideTitle)))
                .andExpect(content().string(not(containsString(theirsTitle))));
        mvc.perform(get("/defis").param("theme", "ENERGY").with(user(data.user(resident))))
                .andExpect(content().string(not(containsString(mineTitle))));
        mvc.perform(get("/defis").param("theme", "NOPE")).andExpect(status().isBadRequest());
        mvc.perform(get("/").with(user(data.user(resident))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Les défis en cours")))
                .andExpect(content().string(not(containsString(theirsTitle))));
        mvc.perform(get("/defis/" + mine)).andExpect(status().isOk());
    }

    @Test
    void theListingIsPaginated() throws Exception {
        for (int i = 0; i < 13; i++) {
            fixtures.open(north, 40, null);
        }
        long resident = data.resident("RESIDENT", "VERIFIED", north, null);
        mvc.perform(get("/defis").with(user(data.user(resident))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("rel=\"next\"")));
        mvc.perform(get("/defis").param("page", "1").with(user(data.user(resident))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("rel=\"prev\"")));
    }

    // Staff forms

    @Test
    void onlyStaffReachTheAdminPages() throws Exception {
        mvc.perform(get("/admin/challenges")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/challenges").with(user(data.user(data.resident("RESIDENT", "VERIFIED", north, null)))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/challenges").with(user(data.user(staff)))).andExpect(status().isOk());
        mvc.perform(get("/admin/challenges/new").with(user(data.user(staff)))).andExpect(status().isOk());
    }

    MockHttpServletRequestBuilder challengeForm(long actionId, String goal, String cap, String deadline) {
        return post("/admin/challenges").with(user(data.user(staff))).with(csrf())
                .param("actionId", String.valueOf(actionId)).param("title", TestData.unique("Défi"))
                .param("targetName", "Ville").param("targetKind", "TOWN").param("targetEmail", "mairie@test.voisinage.test")
                .param("counterCommitment", "des composteurs").param("scope", "n-" + north)
                .param("goal", goal).param("cap", cap).param("opensOn", LocalDate.now().toString())
                .param("deadline", deadline);
    }

    @Test
    void staffCreateAChallengeAndBadValuesAreExplained() throws Exception {
        long action = fixtures.action();
        String later = LocalDate.now().plusDays(30).toString();
        mvc.perform(challengeForm(action, "0", "", later))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("L’objectif doit être d’au moins un engagement.")));
        mvc.perform(challengeForm(action, "100", "50", later))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Le plafond ne peut pas être inférieur à l’objectif.")));
        mvc.perform(challengeForm(action, "100", "", LocalDate.now().minusDays(1).toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("La date limite est déjà passée.")));
        mvc.perform(challengeForm(action, "abc", "", "not-a-date"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("pas au bon format")));
        mvc.perform(challengeForm(action, "100", "", later).param("scope", "n-99999999"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choisissez un quartier")));
        mvc.perform(challengeForm(action, "100", "150", later))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/admin/challenges/*"));
    }

    @Test
    void staffOpenAddPaperPledgesAndRecordTheAnswer() throws Exception {
        long id = editing.create(fixtures.form("n-" + north, 10, null));
        var asStaff = user(data.user(staff));
        mvc.perform(post("/admin/challenges/" + id + "/open").with(asStaff).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/challenges/" + id + "/open").with(asStaff).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Ce changement d’état n’est pas possible")));
        mvc.perform(post("/admin/challenges/" + id + "/offline").with(asStaff).with(csrf()).param("count", "-3").param("note", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("doit être positif")));
        mvc.perform(post("/admin/challenges/" + id + "/answer").with(asStaff).with(csrf()).param("accepted", "true"))
                .andExpect(status().isConflict());
        mvc.perform(post("/admin/challenges/" + id + "/offline").with(asStaff).with(csrf()).param("count", "10").param("note", "Assemblée"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/challenges/" + id + "/answer").with(asStaff).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choisissez d’accepter ou de refuser.")));
        mvc.perform(post("/admin/challenges/" + id + "/answer").with(asStaff).with(csrf()).param("accepted", "true").param("message", "Oui"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/challenges/" + id + "/conclusion").with(asStaff).with(csrf()).param("fulfilled", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/challenges/" + id + "/updates").with(asStaff).with(csrf()).param("body", "Les composteurs sont là !"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/defis/" + id))
                .andExpect(content().string(containsString("Tenu")))
                .andExpect(content().string(containsString("Les composteurs sont là !")))
                .andExpect(content().string(containsString("10 engagements sur papier : Assemblée")));
    }

    @Test
    void residentsProposeActionsAndStaffDecide() throws Exception {
        long resident = data.resident("RESIDENT", "VERIFIED", north, null);
        mvc.perform(post("/defis/actions").with(user(data.user(resident))).with(csrf()).param("title", "").param("description", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Ce champ est obligatoire.")));
        mvc.perform(post("/defis/actions").with(user(data.user(data.resident("RESIDENT", "PENDING", north, null)))).with(csrf())
                        .param("title", "Covoiturer").param("description", "Vers le travail").param("theme", "MOBILITY"))
                .andExpect(status().isForbidden());
        String title = TestData.unique("Covoiturer");
        mvc.perform(post("/defis/actions").with(user(data.user(resident))).with(csrf())
                        .param("title", title).param("description", "Vers le travail").param("theme", "MOBILITY"))
                .andExpect(status().is3xxRedirection());
        long proposed = jdbc.queryForObject("select id from challenge_action where title = ?", Long.class, title);
        var asStaff = user(data.user(staff));
        mvc.perform(post("/admin/challenges/actions/" + proposed + "/decision").with(asStaff).with(csrf()).param("decision", "decline"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Donnez la raison du refus")));
        mvc.perform(post("/admin/challenges/actions/" + proposed + "/decision").with(asStaff).with(csrf()).param("decision", "merge"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/challenges/actions/" + proposed + "/decision").with(asStaff).with(csrf()).param("decision", "publish"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/defis/actions")).andExpect(content().string(containsString(title)));
    }

    // Performance

    @Test
    void theChallengePageRunsTheSameNumberOfStatementsFor5And500Pledges() throws Exception {
        long small = fixtures.open(north, 1000, null);
        long large = fixtures.open(north, 1000, null);
        pledges(small, 5);
        pledges(large, 500);
        long viewer = data.resident("RESIDENT", "VERIFIED", north, null);

        int forSmall = statements(small, viewer);
        int forLarge = statements(large, viewer);
        System.out.printf("Challenge page: %d SQL statements with 5 pledges, %d with 500%n", forSmall, forLarge);
        assertThat(forLarge).isEqualTo(forSmall);
        // 15 for the challenge itself, one for its coming events from the agenda, one each for the layout's unread
        // notifications and unread messages (on every signed-in page), two for the session kept in PostgreSQL (Spring
        // Session: read or created, then saved)
        assertThat(forSmall).isLessThanOrEqualTo(20);
    }

    /** Many pledges, paper pledges and history rows, written in bulk. */
    void pledges(long challengeId, int count) {
        fixtures.bulkPledges(challengeId, north, count, 20);
        jdbc.update("""
                insert into challenge_history (challenge_id, state, note, occurred_at)
                select ?, 'OPEN', 'note', now() from generate_series(1, ?)""", challengeId, count);
    }

    int statements(long challengeId, long viewer) throws Exception {
        mvc.perform(get("/defis/" + challengeId).with(user(data.user(viewer)))).andExpect(status().isOk()); // warm up
        org.voisinage.support.StatementCounter.reset();
        mvc.perform(get("/defis/" + challengeId).with(user(data.user(viewer)))).andExpect(status().isOk());
        return org.voisinage.support.StatementCounter.count();
    }
}
