package org.voisinage.exchange;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.voisinage.account.ResidentLeft;
import org.voisinage.common.SiteClock;

/** A resident left the cooperative: their open listings close; a loan still out is flagged to both sides. */
@Component
class ListingsOfLeavers {

    private final ListingRepository listings;
    private final SiteClock clock;

    ListingsOfLeavers(ListingRepository listings, SiteClock clock) {
        this.listings = listings;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ResidentLeft event) {
        listings.findOpenOrLentOf(event.residentId()).forEach(l -> l.authorLeft(clock.now()));
    }
}
