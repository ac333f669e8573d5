package org.voisinage.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.voisinage.common.Refusal;
import org.voisinage.support.TestData;

/** Report → automatic hiding → a moderator's decision, through the pages, on the real database. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class ModerationFlowTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired Moderation moderation;
    @Autowired TransactionTemplate transactions;

    ModerationFixtures fixtures;
    long territory;
    long neighbourhood;
    long other;

    @BeforeEach
    void setUp() {
        fixtures = new ModerationFixtures(data, jdbc);
        long[] ids = fixtures.territoryAndTwoNeighbourhoods();
        territory = ids[0];
        neighbourhood = ids[1];
        other = ids[2];
    }

    @Test
    void threeVerifiedReportsHideTheChallengeUntilAModeratorDismissesTheCase() throws Exception {
        String title = TestData.unique("Défi signalé");
        long challenge = fixtures.challenge(territory, neighbourhood, title);
        // two reports: still visible
        report(data.resident("RESIDENT", "VERIFIED", neighbourhood, null), challenge, "SPAM", null);
        report(fixtures.verifiedLongAgo(neighbourhood), challenge, "OTHER", "Publicité déguisée pour une marque");
        // a pending (unverified) resident's report counts in the score but not for hiding
        report(data.resident("RESIDENT", "PENDING", neighbourhood, null), challenge, "SPAM", null);
        // the listener that would hide it has run for each of the three reports: only then does "not hidden" mean something
        awaitAutoHideHandledEveryReportOf(challenge, 3);
        assertThat(fixtures.hidden(challenge)).isFalse();
        report(data.resident("RESIDENT", "VERIFIED", neighbourhood, null), challenge, "OFFENSIVE", null);
        await().atMost(Duration.ofSeconds(10)).until(() -> fixtures.hidden(challenge));

        // hidden: it leaves the list and its page for residents
        mvc.perform(get("/defis")).andExpect(content().string(org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.containsString(title))));
        var resident = data.user(data.resident("RESIDENT", "VERIFIED", neighbourhood, null));
        mvc.perform(get("/defis/" + challenge).with(user(resident))).andExpect(status().isNotFound());

        long caseId = fixtures.openCase(challenge);
        var moderator = data.user(fixtures.moderatorOf(neighbourhood));
        // one case for the four reports; the trusted reporter weighs 2, the unverified one 0.5
        assertThat(jdbc.queryForObject("select report_count from moderation_case where id = ?", Integer.class, caseId))
                .isEqualTo(4);
        assertThat(jdbc.queryForObject("select score from moderation_case where id = ?", Double.class, caseId))
                .isEqualTo(4.5);
        mvc.perform(get("/moderation").with(user(moderator)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString(title)));
        mvc.perform(get("/moderation/cases/" + caseId).with(user(moderator)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Publicité déguisée")))
                // the moderator can still open the hidden content
                .andExpect(content().string(org.hamcrest.Matchers.containsString("installe des composteurs")));
        mvc.perform(get("/defis/" + challenge).with(user(moderator))).andExpect(status().isOk());

        mvc.perform(post("/moderation/cases/" + caseId).with(user(moderator)).with(csrf())
                        .param("version", String.valueOf(fixtures.version(caseId))).param("decision", "DISMISS"))
                .andExpect(redirectedUrl("/moderation")).andExpect(flash().attribute("success", "moderation.decision.done"));
        assertThat(fixtures.hidden(challenge)).isFalse();
        assertThat(fixtures.openCase(challenge)).isNull();
        assertThat(fixtures.audits("moderation.dismiss", "challenge:" + challenge)).isEqualTo(1);
        // visible again (the list is paginated over every test's challenges: the page itself is checked)
        mvc.perform(get("/defis/" + challenge).with(user(resident))).andExpect(status().isOk());
    }

    @Test
    void aModeratorHidesAReportedChallengeWithAReason() throws Exception {
        long challenge = fixtures.challenge(territory, neighbourhood, TestData.unique("Défi"));
        report(data.resident("RESIDENT", "VERIFIED", neighbourhood, null), challenge, "DANGEROUS", null);
        long caseId = fixtures.openCase(challenge);
        var moderator = data.user(fixtures.moderatorOf(neighbourhood));

        // a hiding without a reason is refused with a message, nothing done
        mvc.perform(post("/moderation/cases/" + caseId).with(user(moderator)).with(csrf())
                        .param("version", String.valueOf(fixtures.version(caseId))).param("decision", "HIDE"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("decision", "reason",
                        "moderation.decision.reason.required"));
        // a warning needs an author: a challenge has none
        mvc.perform(post("/moderation/cases/" + caseId).with(user(moderator)).with(csrf())
                        .param("version", String.valueOf(fixtures.version(caseId))).param("decision", "WARN")
                        .param("reason", "Dangereux"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("decision", "decision",
                        "moderation.decision.noAuthor"));
        mvc.perform(post("/moderation/cases/" + caseId).with(user(moderator)).with(csrf())
                        .param("version", String.valueOf(fixtures.version(caseId))).param("decision", "HIDE")
                        .param("reason", "Met des gens en danger"))
                .andExpect(redirectedUrl("/moderation"));
        assertThat(fixtures.hidden(challenge)).isTrue();
        assertThat(jdbc.queryForObject("select hidden_reason from challenge where id = ?", String.class, challenge))
                .isEqualTo("Met des gens en danger");
        assertThat(fixtures.audits("moderation.hide", "challenge:" + challenge)).isEqualTo(1);
        // the decided case still reads, with its decision and no form
        mvc.perform(get("/moderation/cases/" + caseId).with(user(moderator)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Met des gens en danger")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("name=\"decision\""))));
    }

    @Test
    void badDecisionInputGetsMessagesNotServerErrors() throws Exception {
        long challenge = fixtures.challenge(territory, neighbourhood, TestData.unique("Défi"));
        report(data.resident("RESIDENT", "VERIFIED", neighbourhood, null), challenge, "SPAM", null);
        long caseId = fixtures.openCase(challenge);
        var moderator = data.user(fixtures.moderatorOf(neighbourhood));
        String path = "/moderation/cases/" + caseId;
        mvc.perform(post(path).with(user(moderator)).with(csrf()).param("version", "abc").param("decision", "NOPE")
                        .param("days", "x"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("decision", "version", "decision", "days"));
        mvc.perform(post(path).with(user(moderator)).with(csrf()).param("version", "0").param("decision", "SUSPEND")
                        .param("reason", "x").param("days", "4000"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("decision", "days", "Max"));
        mvc.perform(post(path).with(user(moderator)).with(csrf()).param("version", "0").param("decision", "REDACT")
                        .param("reason", "données"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("decision", "text",
                        "moderation.decision.text.required"));
        // an out-of-date form: told the case changed, nothing done
        mvc.perform(post(path).with(user(moderator)).with(csrf()).param("version", "99").param("decision", "DISMISS"))
                .andExpect(redirectedUrl(path)).andExpect(flash().attribute("error", "moderation.case.changed"));
        assertThat(fixtures.openCase(challenge)).isEqualTo(caseId);
        mvc.perform(get("/moderation/cases/999999999").with(user(moderator))).andExpect(status().isNotFound());
        mvc.perform(get("/moderation").param("page", "-3").with(user(moderator))).andExpect(status().isOk());
    }

    @Test
    void twoModeratorsDecidingAtOnceDoItOnce() throws Exception {
        long challenge = fixtures.challenge(territory, neighbourhood, TestData.unique("Défi"));
        report(data.resident("RESIDENT", "VERIFIED", neighbourhood, null), challenge, "SPAM", null);
        long caseId = fixtures.openCase(challenge);
        long version = fixtures.version(caseId);
        ModeratorScope first = moderation.scopeOf(fixtures.moderatorOf(neighbourhood));
        ModeratorScope second = moderation.scopeOf(fixtures.moderatorOf(neighbourhood));

        // the first moderator's transaction has decided but not committed when the second one decides
        CompletableFuture<Throwable>[] other = new CompletableFuture[1];
        transactions.executeWithoutResult(tx -> {
            moderation.decide(first, caseId, new DecisionForm(version, Decision.HIDE, "Spam évident", null, null));
            other[0] = CompletableFuture.supplyAsync(() -> {
                try {
                    moderation.decide(second, caseId, new DecisionForm(version, Decision.DISMISS, null, null, null));
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            });
            sleep(500);
        });
        Throwable refused = other[0].get(20, TimeUnit.SECONDS);
        assertThat(refused).isNotNull()
                .satisfiesAnyOf(e -> assertThat(e).isInstanceOf(Refusal.class),
                        e -> assertThat(e).isInstanceOf(OptimisticLockingFailureException.class));
        assertThat(jdbc.queryForObject("select decision from moderation_case where id = ?", String.class, caseId))
                .isEqualTo("HIDE");
        assertThat(fixtures.hidden(challenge)).isTrue();
        assertThat(fixtures.audits("moderation.hide", "challenge:" + challenge)).isEqualTo(1);
        assertThat(fixtures.audits("moderation.dismiss", "challenge:" + challenge)).isZero();

        // and a stale form afterwards changes nothing either
        assertThatThrownBy(() -> moderation.decide(second, caseId,
                new DecisionForm(version, Decision.DISMISS, null, null, null))).isInstanceOf(Refusal.class);
    }

    @Test
    void staffSeeTerritoryWideItemsModeratorsDoNot() throws Exception {
        String title = TestData.unique("Défi du territoire");
        long challenge = fixtures.challenge(territory, null, title);
        report(data.resident("RESIDENT", "VERIFIED", neighbourhood, null), challenge, "SPAM", null);
        long caseId = fixtures.openCase(challenge);
        var staff = data.user(data.resident("STAFF", "VERIFIED", null, null));
        var moderator = data.user(fixtures.moderatorOf(neighbourhood, other));
        mvc.perform(get("/moderation").with(user(staff))).andExpect(content().string(org.hamcrest.Matchers.containsString(title)));
        mvc.perform(get("/moderation").with(user(moderator)))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(title))));
        mvc.perform(get("/moderation/cases/" + caseId).with(user(moderator))).andExpect(status().isNotFound());
        mvc.perform(get("/moderation/cases/" + caseId).with(user(staff))).andExpect(status().isOk());
    }

    @Test
    void theReportPageShowsWhatIsReported() throws Exception {
        String title = TestData.unique("Défi à signaler");
        long challenge = fixtures.challenge(territory, neighbourhood, title);
        var resident = data.user(data.resident("RESIDENT", "VERIFIED", neighbourhood, null));
        // the reported item once shared its model name with the layout's "content" parameter: a 500
        mvc.perform(get("/signaler/challenge/" + challenge).with(user(resident)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(title)));
    }

    private void report(long reporter, long challenge, String reason, String details) throws Exception {
        var request = post("/signaler/challenge/" + challenge).with(user(data.user(reporter))).with(csrf())
                .param("reason", reason);
        if (details != null) {
            request.param("details", details);
        }
        mvc.perform(request).andExpect(redirectedUrl("/defis/" + challenge));
    }

    /**
     * Waits until {@link AutoHide} has handled each report of the challenge: Spring Modulith marks the listener's
     * publication of {@link ContentReported} completed (in {@code event_publication}) once it has run without error.
     */
    private void awaitAutoHideHandledEveryReportOf(long challenge, int reports) {
        var reportIds = jdbc.queryForList("select id from content_report where content_type = 'CHALLENGE' and content_id = ?",
                Long.class, challenge);
        assertThat(reportIds).hasSize(reports);
        await().atMost(Duration.ofSeconds(10)).until(() -> reportIds.stream().allMatch(id -> jdbc.queryForObject("""
                select count(*) from event_publication
                 where listener_id like '%AutoHide%' and completion_date is not null
                   and serialized_event like ?""", Long.class, "%\"reportId\":" + id + ",%") == 1));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
