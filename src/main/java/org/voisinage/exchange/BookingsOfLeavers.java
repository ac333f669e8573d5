package org.voisinage.exchange;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.voisinage.account.ResidentErased;
import org.voisinage.account.ResidentLeft;
import org.voisinage.account.ResidentMoved;

/**
 * Bookings and loans of a resident gone from a neighbourhood: one who left the cooperative or deleted their account
 * is gone from every one, one who moved from their old one. What was to come is cancelled, the other side told; a
 * loan out is flagged to both ({@link ListingBookings#partyGone}).
 */
@Component
class BookingsOfLeavers {

    private final ListingBookings bookings;

    BookingsOfLeavers(ListingBookings bookings) {
        this.bookings = bookings;
    }

    @ApplicationModuleListener
    void on(ResidentLeft event) {
        bookings.partyGone(event.residentId(), null);
    }

    @ApplicationModuleListener
    void on(ResidentErased event) {
        bookings.partyGone(event.residentId(), null);
    }

    @ApplicationModuleListener
    void on(ResidentMoved event) {
        if (event.fromNeighbourhoodId() != null) {
            bookings.partyGone(event.residentId(), event.fromNeighbourhoodId());
        }
    }
}
