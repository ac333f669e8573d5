package org.voisinage.exchange;

import org.springframework.stereotype.Component;
import org.voisinage.account.Residents;
import org.voisinage.common.SiteClock;
import org.voisinage.moderation.ContentType;
import org.voisinage.moderation.ModeratedRows;

/** Listings as moderation sees them: reported, hidden (with the reason shown to the author), restored, redacted. */
@Component
class ListingModeration extends ModeratedRows<Listing> {

    private final ListingAccess access;
    private final Residents residents;

    ListingModeration(ListingRepository listings, ListingAccess access, Residents residents, SiteClock clock) {
        super(ContentType.LISTING, listings::findById, Listing::redact, clock);
        this.access = access;
        this.residents = residents;
    }

    @Override
    protected Summary summary(Listing l) {
        return new Summary(l.getAuthorId(), l.getNeighbourhoodId(), l.getTitle(), l.getDescription(), l.path());
    }

    @Override
    protected boolean seenBy(Listing l, long residentId) {
        return access.maySee(residents.viewer(residentId), l);
    }
}
