package org.voisinage.following;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.voisinage.common.SiteClock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When digests are built: daily at 07:00 and weekly on Monday at 07:15 in the site's time zone, unless configured
 * ("-" disables a schedule). Every instance may run them: the digests' unique key keeps each one single.
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
    void daily() {
        digests.build(DigestPeriod.daily(today(), zone));
    }

    @Scheduled(cron = "${voisinage.following.weekly-cron:0 15 7 * * MON}", zone = "#{@siteClock.zone().id}")
    void weekly() {
        digests.build(DigestPeriod.weekly(today(), zone));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
