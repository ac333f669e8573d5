package org.voisinage.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.voisinage.exchange.LoanReminders.Reminder.BEFORE;
import static org.voisinage.exchange.LoanReminders.Reminder.DUE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Loan reminders: one a few days before the return date, one on the day, each exactly once per return date. */
class LoanRemindersTests {

    static final LocalDate RETURN_ON = LocalDate.of(2026, 12, 10);

    /** Runs the daily job from {@code from} to {@code to}, keeping what was sent as the listing row does. */
    static List<String> daily(LocalDate from, LocalDate to, int runsPerDay) {
        List<String> sent = new ArrayList<>();
        LocalDate before = null;
        LocalDate due = null;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            for (int run = 0; run < runsPerDay; run++) {
                var reminder = LoanReminders.due(RETURN_ON, day, 2, before, due);
                if (reminder.isPresent()) {
                    sent.add(reminder.get() + "@" + day);
                    if (reminder.get() == BEFORE) {
                        before = RETURN_ON;
                    } else {
                        due = RETURN_ON;
                    }
                }
            }
        }
        return sent;
    }

    @Test
    void oneReminderTwoDaysBeforeAndOneOnTheDayEvenWhenTheJobRunsThreeTimesADay() {
        assertThat(daily(RETURN_ON.minusDays(10), RETURN_ON.plusDays(10), 3))
                .containsExactly("BEFORE@2026-12-08", "DUE@2026-12-10");
    }

    @Test
    void aLoanMadeTheDayBeforeGetsItsBeforeReminderAtOnce() {
        assertThat(daily(RETURN_ON.minusDays(1), RETURN_ON, 1)).containsExactly("BEFORE@2026-12-09", "DUE@2026-12-10");
    }

    @Test
    void aMissedDueReminderIsSentLateForAFewDaysThenDropped() {
        assertThat(LoanReminders.due(RETURN_ON, RETURN_ON.plusDays(2), 2, RETURN_ON, null)).contains(DUE);
        assertThat(LoanReminders.due(RETURN_ON, RETURN_ON.plusDays(4), 2, RETURN_ON, null)).isEmpty();
        // on the day, "before" is not sent any more: "due" says more
        assertThat(LoanReminders.due(RETURN_ON, RETURN_ON, 2, null, null)).contains(DUE);
    }

    @Test
    void aNewReturnDateHasItsOwnReminders() {
        LocalDate later = RETURN_ON.plusDays(7);
        assertThat(LoanReminders.due(later, later.minusDays(1), 2, RETURN_ON, RETURN_ON)).contains(BEFORE);
        assertThat(LoanReminders.due(null, RETURN_ON, 2, null, null)).isEmpty();
    }
}
