package org.voisinage.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTests {

    static class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-21T10:00:00Z");
        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    MovableClock clock = new MovableClock();
    LoginThrottle throttle = new LoginThrottle(clock, Duration.ofMinutes(15), 3, 5);

    @Test
    void blocksAnAccountAfterTooManyFailuresUntilTheWindowPasses() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.isBlocked("Camille@Example.org", "10.0.0." + i)).isFalse();
            throttle.recordFailure("camille@example.org", "10.0.0." + i);
        }
        assertThat(throttle.isBlocked("camille@example.org ", "10.0.0.9")).isTrue();
        assertThat(throttle.isBlocked("someone@example.org", "10.0.0.9")).isFalse();
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        assertThat(throttle.isBlocked("camille@example.org", "10.0.0.9")).isFalse();
    }

    @Test
    void blocksAnAddressTryingManyAccounts() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("person" + i + "@example.org", "192.0.2.1");
        }
        assertThat(throttle.isBlocked("new@example.org", "192.0.2.1")).isTrue();
        assertThat(throttle.isBlocked("new@example.org", "192.0.2.2")).isFalse();
    }

    @Test
    void aSuccessClearsTheAccountCount() {
        throttle.recordFailure("a@example.org", "192.0.2.3");
        throttle.recordFailure("a@example.org", "192.0.2.3");
        throttle.recordSuccess("a@example.org");
        throttle.recordFailure("a@example.org", "192.0.2.3");
        assertThat(throttle.isBlocked("a@example.org", "192.0.2.4")).isFalse();
    }
}
