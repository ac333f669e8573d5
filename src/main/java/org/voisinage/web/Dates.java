package org.voisinage.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.voisinage.common.SiteClock;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Instants as people read them: in the site's time zone ({@code common.SiteClock}) and the page's
 * language. Templates call {@code ${@dates.dateTime(x)}} and {@code ${@dates.date(x)}}.
 */
@Component("dates")
public class Dates {

    private final ZoneId zone;

    Dates(SiteClock siteClock) {
        this.zone = siteClock.zone();
    }

    // built once: pages call these for every row they list
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT);

    public String date(Instant instant) {
        return format(instant, DATE);
    }

    public String dateTime(Instant instant) {
        return format(instant, DATE_TIME);
    }

    private String format(Instant instant, DateTimeFormatter formatter) {
        return instant == null ? "" : formatter.withLocale(LocaleContextHolder.getLocale()).withZone(zone).format(instant);
    }
}
