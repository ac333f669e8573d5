package org.voisinage.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.voisinage.support.TestData;

/**
 * The AutoHide listener tested as a module: the moderation module and what it depends on (plus config, for the
 * database), the reported content standing in as a recording {@link ModeratedContent}. A {@link ContentReported}
 * event published after enough verified reports hides the content once the publishing transaction has committed.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "config")
@Import({TestData.class, AutoHideListenerTests.RecordingContent.class})
class AutoHideListenerTests {

    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired Moderation moderation;
    @Autowired RecordingContent content;

    @Test
    void aReportThatReachesTheThresholdHidesTheContent(Scenario scenario) {
        long[] ids = new ModerationFixtures(data, jdbc).territoryAndTwoNeighbourhoods();
        long neighbourhood = ids[1];
        long item = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
        long author = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        long caseId = new ModerationFixtures(data, jdbc).caseWithAuthor(item, neighbourhood, author);
        long lastReporter = 0;
        long lastReport = 0;
        for (int i = 0; i < moderation.autoHideThreshold(); i++) {
            lastReporter = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
            lastReport = jdbc.queryForObject("""
                    insert into content_report (content_type, content_id, reporter_id, author_id, neighbourhood_id, reason,
                                                reported_title, reported_text, created_at, case_id, weight, reporter_verified)
                    values ('CHALLENGE', ?, ?, ?, ?, 'SPAM', 'Titre', 'Texte', now(), ?, 1, true) returning id""",
                    Long.class, item, lastReporter, author, neighbourhood, caseId);
        }

        scenario.publish(new ContentReported(lastReport, new ContentRef(ContentType.CHALLENGE, item), lastReporter,
                        neighbourhood))
                .andWaitForStateChange(() -> content.hidden.containsKey(item), hidden -> hidden)
                .andVerify(hidden -> assertThat(hidden).isTrue());
        assertThat(content.hidden.get(item)).isNotBlank();
        assertThat(jdbc.queryForObject("select auto_hidden from moderation_case where id = ?", Boolean.class, caseId))
                .isTrue();
    }

    /** Content of the CHALLENGE type that records what it was asked to hide, and why (imported as a bean). */
    @TestConfiguration(proxyBeanMethods = false)
    static class RecordingContent implements ModeratedContent {

        final Map<Long, String> hidden = new ConcurrentHashMap<>();

        @Override
        public ContentType type() {
            return ContentType.CHALLENGE;
        }

        @Override
        public Optional<ContentSnapshot> snapshot(long id) {
            return Optional.empty();
        }

        @Override
        public boolean visibleTo(long id, long residentId) {
            return true;
        }

        @Override
        public void hide(long id, String reason) {
            hidden.put(id, reason);
        }

        @Override
        public void restore(long id) {
            hidden.remove(id);
        }

        @Override
        public void redact(long id, String text) {}
    }
}
