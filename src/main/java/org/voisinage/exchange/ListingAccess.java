package org.voisinage.exchange;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.voisinage.account.Viewer;
import org.voisinage.neighbourhood.NearbyNeighbourhood;
import org.voisinage.neighbourhood.Neighbourhoods;

/**
 * Who may see, report, contact about and change a listing: the one place that says it. A listing is members-only: read
 * by the verified members of its neighbourhood, and of the neighbourhoods within its radius; by its author; by staff
 * and the moderators of its neighbourhood (hidden ones too). Its author alone changes it, lends it and marks it
 * returned. Conversations about it are for those who see it, but its author.
 */
@Component
class ListingAccess {

    private final Neighbourhoods neighbourhoods;

    ListingAccess(Neighbourhoods neighbourhoods) {
        this.neighbourhoods = neighbourhoods;
    }

    public boolean maySee(Viewer viewer, Listing listing) {
        return maySee(viewer, listing, km -> neighbourhoods.within(viewer.neighbourhoodId(), km));
    }

    /** Which of these listings the viewer may see, reading the neighbourhoods of each radius (1, 3, 10 km) once. */
    public Set<Long> visibleAmong(Viewer viewer, Collection<Listing> candidates) {
        Map<Integer, List<NearbyNeighbourhood>> within = new HashMap<>();
        return candidates.stream()
                .filter(listing -> maySee(viewer, listing,
                        km -> within.computeIfAbsent(km, r -> neighbourhoods.within(viewer.neighbourhoodId(), r))))
                .map(Listing::getId).collect(Collectors.toSet());
    }

    private boolean maySee(Viewer viewer, Listing listing, IntFunction<List<NearbyNeighbourhood>> within) {
        if (viewer.is(listing.getAuthorId()) || viewer.moderates(listing.getNeighbourhoodId())) {
            return true;
        }
        if (listing.isHidden() || !viewer.verified() || viewer.neighbourhoodId() == null) {
            return false;
        }
        if (viewer.neighbourhoodId() == listing.getNeighbourhoodId()) {
            return true;
        }
        return listing.getRadiusKm() > 0 && within.apply(listing.getRadiusKm()).stream().anyMatch(n -> n.id() == listing.getNeighbourhoodId());
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
