package org.voisinage.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.support.StatementCounter;
import org.voisinage.support.TestData;

/**
 * The queue and a case page run a fixed number of SQL statements whatever the number of cases, reports and
 * earlier cases of the author (the score and the title are kept on the case row).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({TestData.class, StatementCounter.Installation.class})
class ModerationQueryCountTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired AuditTrail audit;

    @Test
    void theQueueAndACasePageRunAFixedNumberOfStatements() throws Exception {
        ModerationFixtures fixtures = new ModerationFixtures(data, jdbc);
        long[] ids = fixtures.territoryAndTwoNeighbourhoods();
        long author = data.resident("RESIDENT", "VERIFIED", ids[1], null);
        UserDetails moderator = data.user(fixtures.moderatorOf(ids[1]));
        long challenge = fixtures.challenge(ids[0], ids[1], TestData.unique("Défi"));
        long lastCase = 0;
        for (int i = 0; i < 3; i++) {
            lastCase = caseWithReports(fixtures, challenge, ids[1], author, 2);
        }
        // warm: the first request fills the reference-data caches (neighbourhoods), as in production
        statements("/moderation", moderator);
        long fewQueue = statements("/moderation", moderator);
        long fewCase = statements("/moderation/cases/" + lastCase, moderator);
        for (int i = 0; i < 27; i++) {
            lastCase = caseWithReports(fixtures, challenge, ids[1], author, 10);
        }
        long manyQueue = statements("/moderation", moderator);
        long manyCase = statements("/moderation/cases/" + lastCase, moderator);
        System.out.printf("moderation queue: %d statements with 3 cases, %d with 30; case page: %d with 2 reports "
                + "and 2 earlier cases, %d with 10 reports and 29 earlier cases%n", fewQueue, manyQueue, fewCase, manyCase);
        assertThat(manyQueue).isEqualTo(fewQueue);
        assertThat(manyCase).isEqualTo(fewCase);
    }

    @Test
    void theAuditLogNamesItsActorsInAFixedNumberOfStatements() throws Exception {
        // an action code of this test alone (letters only, as the filter accepts), so other tests' lines stay out
        String action = "perftest." + java.util.UUID.randomUUID().toString().replaceAll("[^a-f]", "") + ".";
        UserDetails staff = data.user(data.resident("ADMIN", "VERIFIED", null, null));
        ModerationFixtures fixtures = new ModerationFixtures(data, jdbc);
        long neighbourhood = fixtures.territoryAndTwoNeighbourhoods()[1];
        for (int i = 0; i < 3; i++) {
            audit.record(fixtures.moderatorOf(neighbourhood), action + "hide", "challenge:" + i, "raison");
        }
        long few = statements("/admin/audit?action=" + action, staff);
        for (int i = 0; i < 27; i++) {
            audit.record(fixtures.moderatorOf(neighbourhood), action + "hide", "challenge:" + i, "raison");
        }
        long many = statements("/admin/audit?action=" + action, staff);
        System.out.printf("audit log: %d statements with 3 actors, %d with 30%n", few, many);
        assertThat(many).isEqualTo(few);
    }

    /** A decided-or-open case on the challenge with some reports; earlier ones are closed (one open per item). */
    private long caseWithReports(ModerationFixtures fixtures, long challenge, long neighbourhood, long author,
            int reports) {
        jdbc.update("update moderation_case set status = 'DECIDED', decision = 'HIDE' where content_type = 'CHALLENGE' "
                + "and content_id = ? and status = 'OPEN'", challenge);
        long caseId = fixtures.caseWithAuthor(challenge, neighbourhood, author);
        for (int i = 0; i < reports; i++) {
            long reporter = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
            jdbc.update("""
                    insert into content_report (content_type, content_id, reporter_id, author_id, neighbourhood_id, reason,
                                                reported_title, reported_text, created_at, case_id, weight, reporter_verified)
                    values ('CHALLENGE', ?, ?, ?, ?, 'SPAM', 'Titre', 'Texte', now(), ?, 1, true)""",
                    challenge, reporter, author, neighbourhood, caseId);
        }
        return caseId;
    }

    private long statements(String url, UserDetails person) throws Exception {
        StatementCounter.reset();
        mvc.perform(get(url).with(user(person))).andExpect(status().isOk());
        return StatementCounter.count();
    }
}
