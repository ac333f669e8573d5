package org.voisinage.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.common.SiteClock;
import org.voisinage.exchange.internal.ExtendLinks;

/**
 * A listing lives until its expiry date: its author extends it through the emailed one-click link (single use, see
 * {@link ExtendLinks}), and the nightly job marks expired those past their date.
 */
@Service
@Transactional(readOnly = true)
public class ListingExpiry {

    private final ListingRepository listings;
    private final ExtendLinks links;
    private final SiteClock clock;

    ListingExpiry(ListingRepository listings, ExtendLinks links, SiteClock clock) {
        this.listings = listings;
        this.links = links;
        this.clock = clock;
    }

    /** What the extension link shows: the listing, or empty when the link is forged or already used. */
    public Optional<ListingView> extendable(long id, String token) {
        return listings.findById(id).filter(l -> links.matches(id, l.getExpiresOn(), token))
                .map(l -> ListingView.of(l, clock.zone(), Optional.empty())); // the link shows no loan
    }

    /**
     * Extends a listing {@value ListingRules#DEFAULT_DAYS} days from today through the emailed link.
     *
     * @return the new expiry date; empty when the link is forged or was already used (the expiry it was signed
     *         for changed)
     */
    @Transactional
    public Optional<LocalDate> extend(long id, String token) {
        Optional<Listing> listing = listings.lock(id).filter(l -> links.matches(id, l.getExpiresOn(), token));
        listing.ifPresent(l -> l.extendTo(clock.today().plusDays(ListingRules.DEFAULT_DAYS)));
        return listing.map(Listing::getExpiresOn);
    }

    /** Marks expired the listings whose date has passed; running twice changes nothing. */
    @Transactional
    public int expireOverdue() {
        List<Long> overdue = listings.findOverdue(clock.today());
        overdue.forEach(id -> listings.findById(id).ifPresent(l -> l.expire(clock.now())));
        return overdue.size();
    }
}
