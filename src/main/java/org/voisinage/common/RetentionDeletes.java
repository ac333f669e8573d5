package org.voisinage.common;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly retention job: applies every module's {@link RetentionRule} (account, following, moderation,
 * verification declare theirs). Each rule deletes a batch at a time: each statement (its own transaction, none being
 * open around it) removes at most {@code voisinage.retention.batch-size} rows, so a first run over years of rows
 * neither holds locks for long nor writes one huge transaction. A rule that fails is logged and the others still run.
 */
@Component
public class RetentionDeletes {

    private static final Logger log = LoggerFactory.getLogger(RetentionDeletes.class);

    private final JdbcTemplate jdbc;
    private final RetentionProperties periods;
    private final Clock clock;
    private final List<RetentionRule> rules;

    RetentionDeletes(JdbcTemplate jdbc, RetentionProperties periods, Clock clock, List<RetentionRule> rules) {
        this.jdbc = jdbc;
        this.periods = periods;
        this.clock = clock;
        this.rules = rules;
    }

    @Scheduled(cron = "${voisinage.retention.cron:0 45 3 * * *}", zone = "#{@siteClock.zone().id}")
    @SchedulerLock(name = "retention", lockAtMostFor = "PT1H", lockAtLeastFor = "PT5M")
    void applyAll() {
        for (RetentionRule rule : rules) {
            try {
                apply(rule);
            } catch (RuntimeException e) {
                log.error("Retention of {} failed", rule.what(), e);
            }
        }
    }

    /** Deletes the rows past the rule's period; how many (logged when any). */
    public int apply(RetentionRule rule) {
        Duration period = rule.period().apply(periods);
        Timestamp cutoff = Timestamp.from(clock.instant().minus(period));
        int placeholders = (int) rule.condition().chars().filter(c -> c == '?').count();
        int deleted = deleteInBatches(jdbc, rule.table(), rule.condition(), periods.batchSize(),
                Collections.nCopies(placeholders, cutoff).toArray());
        if (deleted > 0) {
            log.info("{} {} older than {} deleted", deleted, rule.what(), period);
        }
        return deleted;
    }

    static int deleteInBatches(JdbcTemplate jdbc, String table, String condition, int batchSize, Object... arguments) {
        String sql = "delete from " + table + " where id in (select id from " + table + " where " + condition
                + " limit ?)";
        List<Object> withLimit = new ArrayList<>(Arrays.asList(arguments));
        withLimit.add(batchSize);
        Object[] parameters = withLimit.toArray();
        int total = 0;
        int deleted;
        do {
            deleted = jdbc.update(sql, parameters);
            total += deleted;
        } while (deleted == batchSize);
        return total;
    }
}
