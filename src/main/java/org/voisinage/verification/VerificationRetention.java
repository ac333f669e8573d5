package org.voisinage.verification;

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
 * Verification leaves two kinds of rows once a resident's address is decided: the letters (a hashed code, the
 * batch they were printed in), which go {@code voisinage.retention.verification-letters} after they were used or
 * revoked or expired; and the audit of each decision, which goes after {@code voisinage.retention.audit-logs} like
 * staff's audit trail. No proof document is uploaded: the member register is staff's import, kept while it is
 * current.
 */
@Component
class VerificationRetention {

    private static final Logger log = LoggerFactory.getLogger(VerificationRetention.class);

    private final JdbcTemplate jdbc;
    private final RetentionProperties retention;
    private final Clock clock;

    VerificationRetention(JdbcTemplate jdbc, RetentionProperties retention, Clock clock) {
        this.jdbc = jdbc;
        this.retention = retention;
        this.clock = clock;
    }

    // ShedLock: name=retention-verification
    @Scheduled(cron = "${voisinage.retention.cron:0 45 3 * * *}", zone = "#{@siteClock.zone().id}")
    void run() {
        int letters = deleteOldLetters();
        int audit = deleteOldAudit();
        if (letters + audit > 0) {
            log.info("{} verification letters and {} verification audit entries deleted", letters, audit);
        }
    }

    int deleteOldLetters() {
        Timestamp before = Timestamp.from(clock.instant().minus(retention.verificationLetters()));
        return BatchedDeletes.delete(jdbc, "verification_letter", "closed_at < ? or expires_at < ?",
                retention.batchSize(), before, before);
    }

    int deleteOldAudit() {
        return BatchedDeletes.delete(jdbc, "verification_audit", "created_at < ?", retention.batchSize(),
                Timestamp.from(clock.instant().minus(retention.auditLogs())));
    }
}
