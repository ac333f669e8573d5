package org.voisinage.moderation;

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
 * Staff's audit trail (decisions, sanctions, role changes) answers "who did this, and why" for as long as someone
 * may still ask: {@code voisinage.retention.audit-logs}, then it goes.
 */
@Component
class ModerationRetention {

    private static final Logger log = LoggerFactory.getLogger(ModerationRetention.class);

    private final JdbcTemplate jdbc;
    private final RetentionProperties retention;
    private final Clock clock;

    ModerationRetention(JdbcTemplate jdbc, RetentionProperties retention, Clock clock) {
        this.jdbc = jdbc;
        this.retention = retention;
        this.clock = clock;
    }

    // ShedLock: name=retention-moderation
    @Scheduled(cron = "${voisinage.retention.cron:0 45 3 * * *}", zone = "#{@siteClock.zone().id}")
    int deleteOldAuditTrail() {
        int deleted = BatchedDeletes.delete(jdbc, "audit_trail", "at < ?", retention.batchSize(),
                Timestamp.from(clock.instant().minus(retention.auditLogs())));
        if (deleted > 0) {
            log.info("{} audit trail entries deleted", deleted);
        }
        return deleted;
    }
}
