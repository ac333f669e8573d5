package org.voisinage.following;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.voisinage.common.SiteClock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When digests are built: daily at 07:00 and weekly on Monday at 07:15 in the site's time zone, unless configured
 * ("-" disables a schedule). Each runs on one instance per period (its ShedLock lock); the digests' unique key
 * keeps each one single even so.
 */
@Component
class DigestSchedule {

    private final Digests digests;
    private final Clock clock;
    private final ZoneId zone;

    DigestSchedule(Digests digests, Clock clock, SiteClock siteClock) {
        this.digests = digests;
        this.clock = clock;
        this.zone = siteClock.zone();
    }

    @Scheduled(cron = "${voisinage.following.daily-cron:0 0 7 * * *}", zone = "#{@siteClock.zone().id}")
    // one digest per period across instances: held well past the run, so an instance whose clock lags skips it
    @SchedulerLock(name = "digest-daily", lockAtMostFor = "PT1H", lockAtLeastFor = "PT10M")
    void daily() {
        digests.build(DigestPeriod.daily(today(), zone));
    }

    @Scheduled(cron = "${voisinage.following.weekly-cron:0 15 7 * * MON}", zone = "#{@siteClock.zone().id}")
    @SchedulerLock(name = "digest-weekly", lockAtMostFor = "PT1H", lockAtLeastFor = "PT10M")
    void weekly() {
        digests.build(DigestPeriod.weekly(today(), zone));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
