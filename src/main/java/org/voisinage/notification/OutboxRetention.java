package org.voisinage.notification;

import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.voisinage.common.RetentionProperties;
import org.voisinage.notification.internal.MailSettings;

/**
 * Sent emails keep their bodies only for a while ({@code voisinage.mail.sent-retention}): long enough for staff
 * to check what went out, not as an archive of everyone's mail. One instance runs it per night (its ShedLock lock).
 * Batches of
 * {@code voisinage.retention.batch-size}, like the other retention jobs.
 */
@Component
public class OutboxRetention {

    private static final Logger log = LoggerFactory.getLogger(OutboxRetention.class);

    private final Outbox outbox;
    private final MailSettings settings;
    private final RetentionProperties retention;

    OutboxRetention(Outbox outbox, MailSettings settings, RetentionProperties retention) {
        this.outbox = outbox;
        this.settings = settings;
        this.retention = retention;
    }

    /** How long a sent email keeps its body (the privacy page states it). */
    public Duration period() {
        return settings.sentRetention();
    }

    @Scheduled(cron = "${voisinage.mail.purge-cron:0 30 3 * * *}", zone = "#{@siteClock.zone().id}")
    @SchedulerLock(name = "outbox-retention", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    void eraseOnSchedule() {
        eraseExpiredBodies();
    }

    int eraseExpiredBodies() {
        int erased = outbox.eraseBodiesSentBefore(Instant.now().minus(settings.sentRetention()),
                retention.batchSize());
        if (erased > 0) {
            log.info("Bodies of {} emails sent more than {} ago erased", erased, settings.sentRetention());
        }
        return erased;
    }
}
