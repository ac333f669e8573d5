package org.voisinage.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.voisinage.common.RateLimits;

/**
 * Brakes on guessing passwords, kept in PostgreSQL so that every instance applies them:
 * <ul>
 * <li>per account (the email typed, whether or not it names one): a few failures are free, then each further try
 * must wait twice as long as the previous, up to a ceiling. A delay and never a lock, so a stranger failing on
 * purpose slows the owner down at worst and cannot keep them out;</li>
 * <li>per client address: failures across all accounts, a rate limit ({@value #PER_IP}).</li>
 * </ul>
 */
@Component
public class LoginThrottle {

    static final String PER_IP = "sign-in-failures-per-ip";
    /** After a day without failure, an account's count starts again. */
    private static final Duration MEMORY = Duration.ofDays(1);

    private final JdbcTemplate jdbc;
    private final RateLimits limits;
    private final Clock clock;
    private final int freeFailures;
    private final Duration firstDelay;
    private final Duration longestDelay;

    LoginThrottle(JdbcTemplate jdbc, RateLimits limits, Clock clock,
            SignInProperties signIn) {
        this.jdbc = jdbc;
        this.limits = limits;
        this.clock = clock;
        this.freeFailures = signIn.freeFailures();
        this.firstDelay = signIn.firstDelay();
        this.longestDelay = signIn.longestDelay();
    }

    /** Why a sign-in must wait, and how long. */
    public record Wait(Reason reason, Duration duration) implements java.io.Serializable {

        public enum Reason { ACCOUNT, ADDRESS }

        /** Whole seconds, at least one, for the message. */
        public long seconds() {
            return Math.max(1, (duration.toMillis() + 999) / 1000);
        }
    }

    /** Whether this try must wait: the account's delay first, then the client address's limit. */
    public Optional<Wait> check(String email, String clientAddress) {
        Instant now = clock.instant();
        Optional<Instant> nextTry = jdbc.query("select next_try_at from sign_in_delay where account_key = ?",
                (rs, row) -> rs.getTimestamp(1).toInstant(), accountKey(email)).stream().findFirst();
        if (nextTry.isPresent() && now.isBefore(nextTry.get())) {
            return Optional.of(new Wait(Wait.Reason.ACCOUNT, Duration.between(now, nextTry.get())));
        }
        RateLimits.Decision address = limits.check(PER_IP, clientAddress);
        return address.allowed() ? Optional.empty() : Optional.of(new Wait(Wait.Reason.ADDRESS, address.retryAfter()));
    }

    public void recordFailure(String email, String clientAddress) {
        limits.recordFailure(PER_IP, clientAddress);
        Instant now = clock.instant();
        Timestamp at = Timestamp.from(now);
        Integer failures = jdbc.queryForObject("""
                insert into sign_in_delay (account_key, failures, next_try_at, last_failure_at) values (?, 1, ?, ?)
                on conflict (account_key) do update set
                    failures = case when sign_in_delay.last_failure_at < ? then 1 else sign_in_delay.failures + 1 end,
                    last_failure_at = excluded.last_failure_at
                returning failures""", Integer.class, accountKey(email), at, at, Timestamp.from(now.minus(MEMORY)));
        jdbc.update("update sign_in_delay set next_try_at = ? where account_key = ?",
                Timestamp.from(now.plus(delayAfter(failures))), accountKey(email));
    }

    public void recordSuccess(String email) {
        jdbc.update("delete from sign_in_delay where account_key = ?", accountKey(email));
    }

    /** Nothing for the free failures, then the first delay, doubled at each further failure, up to the ceiling. */
    Duration delayAfter(int failures) {
        if (failures <= freeFailures) {
            return Duration.ZERO;
        }
        int doublings = failures - freeFailures - 1;
        if (doublings >= 30) {
            return longestDelay;
        }
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @SchedulerLock(name = "sign-in-delays-cleanup", lockAtMostFor = "PT10M", lockAtLeastFor = "PT5M")
    void forgetOldFailures() {
        jdbc.update("delete from sign_in_delay where last_failure_at < ?", Timestamp.from(clock.instant().minus(MEMORY)));
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

    /** The normalised email, hashed: the table holds no address in clear, even of people without an account. */
    private static String accountKey(String email) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(Resident.normaliseEmail(String.valueOf(email)).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
