package org.voisinage.agenda;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A series as an event's page says it: "every Tuesday", "every first Saturday of the month", how many dates, the last.
 *
 * @param weekOfMonth monthly: the weekday's rank (1 to 4, -1 the last); weekly: null
 */
public record SeriesSummary(Repetition frequency, Integer weekOfMonth, DayOfWeek day, int dates, LocalDate lastDate) {

    /** The message key saying the rule; its arguments: the weekday's name, then the rank's key. */
    public String labelKey() {
        return frequency == Repetition.WEEKLY ? "agenda.series.weekly" : "agenda.series.monthly";
    }

    /** The weekday's name in this language ("samedi", "Saturday"). */
    public String dayName(java.util.Locale locale) {
        return day.getDisplayName(java.time.format.TextStyle.FULL, locale);
    }

    public String rankKey() {
        return weekOfMonth == null ? null : "agenda.series.rank." + weekOfMonth;
    }
}
