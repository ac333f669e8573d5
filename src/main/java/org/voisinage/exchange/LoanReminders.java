package org.voisinage.exchange;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a loan's owner and borrower hear of the return date: once a few days before it, once on the day. A
 * reminder is due at most once per return date (the date it was sent for is kept), so running the job twice, or
 * every hour, sends nothing twice; a new loan (another return date) gets its own reminders.
 */
final class LoanReminders {

    enum Reminder { BEFORE, DUE }

    /** How long after the return date a missed "due" reminder is still worth sending (the job did not run). */
    static final int LATE_DAYS = 3;

    private LoanReminders() {}

    static Optional<Reminder> due(LocalDate returnOn, LocalDate today, int daysBefore, LocalDate beforeSentFor,
            LocalDate dueSentFor) {
        if (returnOn == null) {
            return Optional.empty();
        }
        if (!today.isBefore(returnOn)) {
            boolean sent = returnOn.equals(dueSentFor);
            boolean stale = today.isAfter(returnOn.plusDays(LATE_DAYS));
            return sent || stale ? Optional.empty() : Optional.of(Reminder.DUE);
        }
        boolean close = !today.isBefore(returnOn.minusDays(daysBefore));
        return close && !returnOn.equals(beforeSentFor) ? Optional.of(Reminder.BEFORE) : Optional.empty();
    }
}
