package org.voisinage.verification.internal;

import java.time.Duration;
import java.util.Optional;

/**
 * How long a resident waits after wrong letter codes: nothing for the first four misses, 15 minutes after
 * the fifth, then twice as long for each further miss (30, 60, 120 minutes...), capped at 7 days.
 */
public final class Lockout {

    public static final int FREE_MISSES = 4;
    static final Duration FIRST = Duration.ofMinutes(15);
    static final Duration LONGEST = Duration.ofDays(7);

    private Lockout() {}

    /** The lock that follows the given total number of misses, if any. */
    public static Optional<Duration> after(int misses) {
        if (misses <= FREE_MISSES) {
            return Optional.empty();
        }
        int doublings = misses - FREE_MISSES - 1;
        if (doublings >= 20) {
            return Optional.of(LONGEST);
        }
        Duration lock = FIRST.multipliedBy(1L << doublings);
        return Optional.of(lock.compareTo(LONGEST) > 0 ? LONGEST : lock);
    }
}
