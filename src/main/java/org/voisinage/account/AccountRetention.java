package org.voisinage.account;

import java.sql.Timestamp;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.voisinage.common.BatchedDeletes;
import org.voisinage.common.RetentionProperties;

/**
 * Emailed account links (email confirmation, password reset, invitation) are only hashes, yet a used or expired
 * one has nothing left to do: it goes {@code voisinage.retention.expired-tokens} after it expired or was used.
 */
@Component
class AccountRetention {

    private static final Logger log = LoggerFactory.getLogger(AccountRetention.class);

    private final JdbcTemplate jdbc;
    private final RetentionProperties retention;
    private final Clock clock;

    AccountRetention(JdbcTemplate jdbc, RetentionProperties retention, Clock clock) {
        this.jdbc = jdbc;
        this.retention = retention;
        this.clock = clock;
    }

    // ShedLock: name=retention-account
    @Scheduled(cron = "${voisinage.retention.cron:0 45 3 * * *}", zone = "#{@siteClock.zone().id}")
    int deleteExpiredTokens() {
        Timestamp before = Timestamp.from(clock.instant().minus(retention.expiredTokens()));
        int deleted = BatchedDeletes.delete(jdbc, "account_token", "expires_at < ? or used_at < ?",
                retention.batchSize(), before, before);
        if (deleted > 0) {
            log.info("{} expired or used account links deleted", deleted);
        }
        return deleted;
    }
}
