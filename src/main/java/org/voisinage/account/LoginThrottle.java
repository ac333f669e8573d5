package org.voisinage.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per client address over a sliding window, and blocks further
 * tries past a limit until the window passes. Kept in memory: one instance serves one site, and a
 * restart forgetting the counts is acceptable for a brake on guessing (code entry is counted in the
 * database by the verification module).
 */
@Component
public class LoginThrottle {

    private final Map<String, Window> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration window;
    private final int perAccount;
    private final int perAddress;

    LoginThrottle(Clock clock, @Value("${voisinage.security.login-window:PT15M}") Duration window,
            @Value("${voisinage.security.login-max-failures-per-account:8}") int perAccount,
            @Value("${voisinage.security.login-max-failures-per-ip:40}") int perAddress) {
        this.clock = clock;
        this.window = window;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
    }

    public boolean isBlocked(String email, String clientAddress) {
        Instant now = clock.instant();
        return count("account:" + Resident.normaliseEmail(email), now) >= perAccount
                || count("ip:" + clientAddress, now) >= perAddress;
    }

    public void recordFailure(String email, String clientAddress) {
        Instant now = clock.instant();
        failures.compute("account:" + Resident.normaliseEmail(email), (k, w) -> Window.add(w, now, window));
        failures.compute("ip:" + clientAddress, (k, w) -> Window.add(w, now, window));
        if (failures.size() > 100_000) {
            failures.entrySet().removeIf(e -> e.getValue().expiredAt(now));
        }
    }

    public void recordSuccess(String email) {
        failures.remove("account:" + Resident.normaliseEmail(email));
    }

    private int count(String key, Instant now) {
        Window w = failures.get(key);
        return w == null || w.expiredAt(now) ? 0 : w.count();
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        recordFailure(String.valueOf(event.getAuthentication().getName()), clientAddress(event.getAuthentication().getDetails()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        recordSuccess(event.getAuthentication().getName());
    }

    private static String clientAddress(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown";
    }

    /** Failures since the window opened; the window restarts once it has passed. */
    private record Window(Instant opened, Instant expires, int count) {

        static Window add(Window w, Instant now, Duration length) {
            return w == null || w.expiredAt(now) ? new Window(now, now.plus(length), 1)
                    : new Window(w.opened, w.expires, w.count + 1);
        }

        boolean expiredAt(Instant now) {
            return !now.isBefore(expires);
        }
    }
}
