package org.voisinage.exchange;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.voisinage.account.Residents;
import org.voisinage.common.NotFoundException;

/**
 * A listing for what only its author does (edit it, its photos, lend it): not found for those who may not see it,
 * refused to the others who may, who learn it exists and no more.
 */
@Component
class AuthorsListings {

    private final ListingRepository listings;
    private final ListingAccess access;
    private final Residents residents;

    AuthorsListings(ListingRepository listings, ListingAccess access, Residents residents) {
        this.listings = listings;
        this.access = access;
        this.residents = residents;
    }

    /** To read it. */
    Listing find(long id, long authorId) {
        return own(listings.findById(id), id, authorId);
    }

    /** To change it: locked until the transaction ends. */
    Listing lock(long id, long authorId) {
        return own(listings.lock(id), id, authorId);
    }

    private Listing own(Optional<Listing> found, long id, long residentId) {
        Listing listing = found.orElseThrow(() -> new NotFoundException("listing", id));
        if (!listing.isAuthor(residentId)) {
            // someone else's listing: those who may see it learn it exists, no more
            if (!access.maySee(residents.viewer(residentId), listing)) {
                throw new NotFoundException("listing", id);
            }
            throw new AccessDeniedException("only its author edits a listing");
        }
        return listing;
    }
}
