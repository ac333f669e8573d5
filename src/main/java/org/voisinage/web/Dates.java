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

    public String date(Instant instant) {
        return format(instant, DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM));
    }

    public String dateTime(Instant instant) {
        return format(instant, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT));
    }

    private String format(Instant instant, DateTimeFormatter formatter) {
        return instant == null ? "" : formatter.withLocale(LocaleContextHolder.getLocale()).withZone(zone).format(instant);
    }
}
