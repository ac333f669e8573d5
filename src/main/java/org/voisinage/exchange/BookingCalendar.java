package org.voisinage.exchange;

import java.time.LocalDate;
import java.util.List;

/**
 * A bookable object's calendar as one viewer sees it: the days taken (accepted bookings, no names but to the owner
 * and the borrower), the requests waiting for the owner, the viewer's own bookings.
 *
 * @param mayRequest the viewer may ask for dates (verified, sees it, not its owner, the listing live)
 */
public record BookingCalendar(boolean bookable, boolean mayRequest, List<Line> taken, List<Line> requests,
        List<Line> mine) {

    static final BookingCalendar NONE = new BookingCalendar(false, false, List.of(), List.of(), List.of());

    /**
     * One booking in the calendar.
     *
     * @param who the borrower's name, for the owner and the borrower only (null otherwise)
     * @param late out after its last day, not returned
     */
    public record Line(long id, LocalDate startsOn, LocalDate endsOn, BookingStatus status, String who, boolean late,
            boolean cancellable) {}
}
