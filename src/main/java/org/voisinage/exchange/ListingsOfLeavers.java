package org.voisinage.exchange;

import java.util.List;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.voisinage.account.ResidentLeft;
import org.voisinage.common.SiteClock;

/** A resident left the cooperative: their open listings close; a loan still out is flagged to both sides. */
@Component
class ListingsOfLeavers {

    private final ListingRepository listings;
    private final ListingBookingRepository bookings;
    private final SiteClock clock;

    ListingsOfLeavers(ListingRepository listings, ListingBookingRepository bookings, SiteClock clock) {
        this.listings = listings;
        this.bookings = bookings;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ResidentLeft event) {
        List<Listing> open = listings.findOpenOrLentOf(event.residentId());
        Set<Long> out = open.isEmpty() ? Set.of()
                : Set.copyOf(bookings.findListingsOut(open.stream().map(Listing::getId).toList(), clock.today()));
        open.forEach(l -> l.authorLeft(clock.now(), out.contains(l.getId())));
    }
}
