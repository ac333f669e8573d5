package org.voisinage.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LockoutTests {

    @Test
    void fourMissesAreFree() {
        for (int misses = 0; misses <= 4; misses++) {
            assertThat(Lockout.after(misses)).isEmpty();
        }
    }

    @Test
    void theFifthMissLocksFifteenMinutesThenEachMissDoubles() {
        assertThat(Lockout.after(5)).contains(Duration.ofMinutes(15));
        assertThat(Lockout.after(6)).contains(Duration.ofMinutes(30));
        assertThat(Lockout.after(7)).contains(Duration.ofMinutes(60));
        assertThat(Lockout.after(8)).contains(Duration.ofMinutes(120));
    }

    @Test
    void locksStopGrowingAtSevenDays() {
        assertThat(Lockout.after(15)).contains(Duration.ofDays(7));
        assertThat(Lockout.after(1_000)).contains(Duration.ofDays(7));
    }
}
