package org.voisinage.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.voisinage.notification.internal.HeaderLines;

/** The delivery rules of one email, without a database. */
class OutboxEmailTests {

    static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    static OutboxEmail queued() {
        return new OutboxEmail("a@example.org", Locale.FRENCH, "Sujet", "texte", "<p>html</p>", "", "<x@localhost>", NOW);
    }

    @Test
    void backoffDoublesFromOneMinuteAndStopsAtSixHours() {
        assertThat(OutboxEmail.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxEmail.backoff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(OutboxEmail.backoff(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(OutboxEmail.backoff(8)).isEqualTo(Duration.ofMinutes(128));
        assertThat(OutboxEmail.backoff(9)).isEqualTo(Duration.ofHours(4).plusMinutes(16));
        assertThat(OutboxEmail.backoff(10)).isEqualTo(Duration.ofHours(6));
        assertThat(OutboxEmail.backoff(500)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void aQueuedEmailIsDueAtOnce() {
        OutboxEmail email = queued();
        assertThat(email.getStatus()).isEqualTo(OutboxStatus.QUEUED);
        assertThat(email.getAttempts()).isZero();
        assertThat(email.getNextAttemptAt()).isEqualTo(NOW);
    }

    @Test
    void aClaimCountsTheAttemptAndHoldsTheEmailUntilItExpires() {
        OutboxEmail email = queued();
        email.claim(NOW.plus(Duration.ofMinutes(15)));
        assertThat(email.getStatus()).isEqualTo(OutboxStatus.SENDING);
        assertThat(email.getAttempts()).isEqualTo(1);
        assertThat(email.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
    }

    @Test
    void aFailedAttemptIsRetriedLaterUntilTheLastWhichFails() {
        OutboxEmail email = queued();
        email.claim(NOW);
        email.failed("Connection refused", NOW, 3);
        assertThat(email.getStatus()).isEqualTo(OutboxStatus.QUEUED);
        assertThat(email.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        email.claim(NOW);
        email.failed("Connection refused", NOW, 3);
        assertThat(email.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
        email.claim(NOW);
        email.failed("x".repeat(5000), NOW, 3);
        assertThat(email.getStatus()).isEqualTo(OutboxStatus.FAILED);
        assertThat(email.getNextAttemptAt()).isNull();
        assertThat(email.getLastError()).hasSize(OutboxEmail.LAST_ERROR_LENGTH);
    }

    @Test
    void sentClearsTheErrorAndRecordsWhen() {
        OutboxEmail email = queued();
        email.claim(NOW);
        email.failed("timeout", NOW, 8);
        email.claim(NOW);
        email.sent(NOW);
        assertThat(email.getStatus()).isEqualTo(OutboxStatus.SENT);
        assertThat(email.getSentAt()).isEqualTo(NOW);
        assertThat(email.getLastError()).isNull();
    }

    @Test
    void retryNowRestartsAFailedEmailButNotASentOne() {
        OutboxEmail failed = queued();
        failed.claim(NOW);
        failed.failed("refused", NOW, 1);
        assertThat(failed.retryNow(NOW.plusSeconds(60))).isTrue();
        assertThat(failed.getStatus()).isEqualTo(OutboxStatus.QUEUED);
        assertThat(failed.getAttempts()).isZero();
        assertThat(failed.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(60));

        OutboxEmail sent = queued();
        sent.claim(NOW);
        sent.sent(NOW);
        assertThat(sent.retryNow(NOW)).isFalse();
        assertThat(sent.getStatus()).isEqualTo(OutboxStatus.SENT);
    }

    @Test
    void headersAreStoredOnePerLineAndCannotInjectOthers() {
        String lines = HeaderLines.format(Map.of("List-Unsubscribe", "<https://example.org/u/1>"));
        assertThat(lines).isEqualTo("List-Unsubscribe: <https://example.org/u/1>\n");
        assertThat(HeaderLines.parse(lines)).containsEntry("List-Unsubscribe", "<https://example.org/u/1>");
        assertThatIllegalArgumentException().isThrownBy(() -> HeaderLines.format(Map.of("X-A", "a\r\nBcc: b@example.org")));
        assertThatIllegalArgumentException().isThrownBy(() -> HeaderLines.format(Map.of("Bad Name", "a")));
        assertThatIllegalArgumentException().isThrownBy(() -> HeaderLines.format(Map.of("bcc", "b@example.org")));
    }
}
