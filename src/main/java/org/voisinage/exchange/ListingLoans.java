package org.voisinage.exchange;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.common.Refusal;
import org.voisinage.common.SiteClock;

/** The owner of an object offered on loan records whom it is lent to and until when, then that it is back. */
@Service
@Transactional(readOnly = true)
public class ListingLoans {

    private final AuthorsListings authors;
    private final SiteClock clock;

    ListingLoans(AuthorsListings authors, SiteClock clock) {
        this.authors = authors;
        this.clock = clock;
    }

    /**
     * @throws Refusal (invalid, on {@code returnOn}) a return date already past; (conflict) not a loan listing
     */
    @Transactional
    public void lend(long id, long ownerId, String lentTo, LocalDate returnOn) {
        Listing listing = authors.lock(id, ownerId);
        if (returnOn.isBefore(clock.today())) {
            throw Refusal.invalid("returnOn", "exchange.loan.returnOn.past");
        }
        listing.lend(lentTo, returnOn);
    }

    /** @throws Refusal (conflict) the object is not lent */
    @Transactional
    public void markReturned(long id, long ownerId) {
        authors.lock(id, ownerId).returned(clock.now());
    }
}
