package org.voisinage.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTests {

    LoginThrottle throttle = new LoginThrottle(null, null, Clock.systemUTC(),
            new SignInProperties(5, Duration.ofSeconds(2), Duration.ofMinutes(15)));

    @Test
    void theFreeFailuresCostNothingThenEachFurtherOneDoublesTheWaitUpToTheCeiling() {
        assertThat(throttle.delayAfter(1)).isZero();
        assertThat(throttle.delayAfter(5)).isZero();
        assertThat(throttle.delayAfter(6)).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.delayAfter(7)).isEqualTo(Duration.ofSeconds(4));
        assertThat(throttle.delayAfter(10)).isEqualTo(Duration.ofSeconds(32));
        assertThat(throttle.delayAfter(20)).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.delayAfter(10_000)).isEqualTo(Duration.ofMinutes(15));
    }
}
