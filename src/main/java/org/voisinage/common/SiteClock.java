package org.voisinage.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The site's time zone, today and now, in one place: every rule that reads a calendar date ("expires tomorrow",
 * "this month", an audit filter's day) asks this bean, so a configured {@code voisinage.time-zone} is honoured
 * everywhere. Built on the application's {@link Clock} bean, which tests may replace.
 * <p>
 * Scheduled jobs read the zone from here too: {@code @Scheduled(zone = "#{@siteClock.zone().id}")}.
 */
@Component
public class SiteClock {

    private final Clock clock;
    private final ZoneId zone;

    // The one place the zone is read (voisinage.time-zone; its default is in SiteProperties).
    @Autowired
    SiteClock(Clock clock, SiteProperties site) {
        this(clock, site.timeZone());
    }

    private SiteClock(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    /** For tests that build services by hand. */
    public static SiteClock of(Clock clock, ZoneId zone) {
        return new SiteClock(clock, zone);
    }

    /** The site's time zone: pages show times in it and dates typed in forms are read in it. */
    public ZoneId zone() {
        return zone;
    }

    /** Today's date in the site's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** This instant. */
    public Instant now() {
        return clock.instant();
    }

    /** This instant on the site's wall clock. */
    public ZonedDateTime nowHere() {
        return ZonedDateTime.now(clock.withZone(zone));
    }

    /** An instant with the site's offset at that time (ISO 8601 with offset, as the read API writes it); null stays null. */
    public java.time.OffsetDateTime here(Instant instant) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
