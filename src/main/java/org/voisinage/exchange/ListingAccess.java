package org.voisinage.exchange;

import org.springframework.stereotype.Component;
import org.voisinage.account.Viewer;
import org.voisinage.neighbourhood.Neighbourhoods;

/**
 * Who may see, report, contact about and change a listing: the one place that says it. A listing is members-only: read
 * by the verified members of its neighbourhood, and of the neighbourhoods within its radius; by its author; by staff
 * and the moderators of its neighbourhood (hidden ones too). Its author alone changes it, lends it and marks it
 * returned. Conversations about it are for those who see it, but its author.
 */
@Component
public class ListingAccess {

    private final Neighbourhoods neighbourhoods;

    ListingAccess(Neighbourhoods neighbourhoods) {
        this.neighbourhoods = neighbourhoods;
    }

    public boolean maySee(Viewer viewer, Listing listing) {
        if (viewer.is(listing.getAuthorId()) || viewer.moderates(listing.getNeighbourhoodId())) {
            return true;
        }
        if (listing.isHidden() || !viewer.verified() || viewer.neighbourhoodId() == null) {
            return false;
        }
        if (viewer.neighbourhoodId() == listing.getNeighbourhoodId()) {
            return true;
        }
        return listing.getRadiusKm() > 0 && neighbourhoods.within(viewer.neighbourhoodId(), listing.getRadiusKm())
                .stream().anyMatch(n -> n.id() == listing.getNeighbourhoodId());
    }

    public boolean mayReport(Viewer viewer, Listing listing) {
        return viewer.signedIn() && !viewer.is(listing.getAuthorId()) && maySee(viewer, listing);
    }

    /** Starting a conversation about it: someone who sees it, verified, and not its author. */
    public boolean mayContactAbout(Viewer viewer, Listing listing) {
        return viewer.verified() && !viewer.is(listing.getAuthorId()) && maySee(viewer, listing);
    }

    public boolean mayChange(Viewer viewer, Listing listing) {
        return viewer.is(listing.getAuthorId());
    }
}
