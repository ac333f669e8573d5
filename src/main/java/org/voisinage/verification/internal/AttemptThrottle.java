package org.voisinage.verification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Wrong letter codes per client IP address, in memory: at most {@value #MAX_MISSES} misses an hour from one
 * address, whichever accounts they target. Kept in memory on purpose (it resets on restart and is per
 * instance); the per-resident lock-out, which matters most, is in the database.
 */
@Component
public class AttemptThrottle {

    public static final int MAX_MISSES = 30;
    static final Duration WINDOW = Duration.ofHours(1);
    private static final int MAX_TRACKED = 100_000;

    private record Window(Instant start, int misses) {}

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    public AttemptThrottle() {
        this(Clock.systemUTC());
    }

    AttemptThrottle(Clock clock) {
        this.clock = clock;
    }

    public boolean isBlocked(String ip) {
        Window window = windows.get(ip);
        return window != null && !expired(window) && window.misses() >= MAX_MISSES;
    }

    public void recordMiss(String ip) {
        if (windows.size() > MAX_TRACKED) {
            windows.values().removeIf(this::expired);
        }
        windows.compute(ip, (key, window) -> window == null || expired(window)
                ? new Window(clock.instant(), 1) : new Window(window.start(), window.misses() + 1));
    }

    private boolean expired(Window window) {
        return window.start().plus(WINDOW).isBefore(clock.instant());
    }
}
