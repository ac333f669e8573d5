package org.voisinage.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AttemptThrottleTests {

    /** A clock the test moves forward. */
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2025-05-01T10:00:00Z");

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @Test
    void anAddressIsBlockedAfterThirtyMissesInAnHourThenFreedByTheNextWindow() {
        MovingClock clock = new MovingClock();
        AttemptThrottle throttle = new AttemptThrottle(clock);
        for (int i = 0; i < AttemptThrottle.MAX_MISSES - 1; i++) {
            throttle.recordMiss("10.0.0.1");
        }
        assertThat(throttle.isBlocked("10.0.0.1")).isFalse();
        throttle.recordMiss("10.0.0.1");
        assertThat(throttle.isBlocked("10.0.0.1")).isTrue();
        assertThat(throttle.isBlocked("10.0.0.2")).isFalse();

        clock.now = clock.now.plus(Duration.ofMinutes(61));
        assertThat(throttle.isBlocked("10.0.0.1")).isFalse();
        throttle.recordMiss("10.0.0.1");
        assertThat(throttle.isBlocked("10.0.0.1")).isFalse();
    }
}
