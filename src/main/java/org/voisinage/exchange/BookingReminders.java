package org.voisinage.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which messages an accepted booking is due today (the site's day): the day before pick-up, the day before return
 * (or on the day, if the job missed the day before), and once, a late return (not returned after the last day).
 * Each has its sent-marker on the row, so running the job twice, or every hour, sends nothing twice. A booking
 * recorded on its first day has no pick-up reminder: it is picked up already.
 */
final class BookingReminders {

    private BookingReminders() {}

    static List<BookingNotices.Notice> due(ListingBooking booking, LocalDate today) {
        List<BookingNotices.Notice> due = new ArrayList<>();
        if (booking.getStatus() != BookingStatus.ACCEPTED || booking.getReturnedAt() != null) {
            return due;
        }
        LocalDate start = booking.getStartsOn();
        LocalDate end = booking.getEndsOn();
        if (booking.getPickupRemindedAt() == null && today.equals(start.minusDays(1))) {
            due.add(BookingNotices.Notice.PICKUP);
        }
        if (booking.getReturnRemindedAt() == null && !today.isBefore(end.minusDays(1)) && !today.isAfter(end)
                && !today.isBefore(start.minusDays(1))) {
            due.add(BookingNotices.Notice.RETURN);
        }
        if (booking.getLateFlaggedAt() == null && booking.isLate(today)) {
            due.add(BookingNotices.Notice.LATE);
        }
        return due;
    }
}
