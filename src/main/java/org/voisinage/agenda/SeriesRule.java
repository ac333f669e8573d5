package org.voisinage.agenda;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.voisinage.common.Refusal;

/**
 * When a series' dates fall, from its first date: every week on the same weekday, or every month on the same weekday
 * of the month (the first date a first Saturday: every first Saturday; a fifth one: every last). It ends after a
 * number of dates or on a date, at most {@link #MAX_DATES} dates within {@link #MAX_MONTHS} months.
 *
 * @param weekOfMonth monthly: the weekday's rank in the month, 1 to 4, or -1 for the last; weekly: null
 */
record SeriesRule(Repetition frequency, DayOfWeek day, Integer weekOfMonth) {

    static final int MAX_DATES = 53;
    static final int MAX_MONTHS = 12;

    static SeriesRule from(Repetition frequency, LocalDate first) {
        if (frequency == Repetition.WEEKLY) {
            return new SeriesRule(frequency, first.getDayOfWeek(), null);
        }
        int rank = (first.getDayOfMonth() - 1) / 7 + 1;
        return new SeriesRule(frequency, first.getDayOfWeek(), rank == 5 ? -1 : rank);
    }

    /**
     * The dates from {@code first}, until {@code count} of them or the {@code until} date (one of the two).
     *
     * @throws Refusal neither given, fewer than two dates, or more than the bound
     */
    List<LocalDate> dates(LocalDate first, Integer count, LocalDate until) {
        if ((count == null) == (until == null)) {
            throw Refusal.invalid("repeatCount", "agenda.repeat.endRequired");
        }
        if (count != null && (count < 2 || count > MAX_DATES)) {
            throw Refusal.invalid("repeatCount", "agenda.repeat.countRange");
        }
        LocalDate limit = first.plusMonths(MAX_MONTHS);
        if (until != null && (!until.isAfter(first) || until.isAfter(limit))) {
            throw Refusal.invalid("repeatUntil", "agenda.repeat.untilRange");
        }
        LocalDate last = until != null ? until : limit;
        int wanted = count != null ? count : MAX_DATES;
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; dates.size() < wanted; i++) {
            LocalDate date = nth(first, i);
            if (date.isAfter(last)) {
                break;
            }
            dates.add(date);
        }
        if (dates.size() < 2) {
            throw Refusal.invalid("repeatUntil", "agenda.repeat.untilRange");
        }
        return dates;
    }

    /** The series' i-th date (0: the first). */
    private LocalDate nth(LocalDate first, int i) {
        if (frequency == Repetition.WEEKLY) {
            return first.plusWeeks(i);
        }
        YearMonth month = YearMonth.from(first).plusMonths(i);
        return weekOfMonth == -1 ? month.atEndOfMonth().with(TemporalAdjusters.previousOrSame(day))
                : month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(weekOfMonth, day));
    }

    /** The iCalendar rule (RFC 5545), ending with its number of dates. */
    String rrule(int count) {
        String byDay = day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).substring(0, 2).toUpperCase(Locale.ROOT);
        return frequency == Repetition.WEEKLY ? "FREQ=WEEKLY;BYDAY=" + byDay + ";COUNT=" + count
                : "FREQ=MONTHLY;BYDAY=" + weekOfMonth + byDay + ";COUNT=" + count;
    }
}
