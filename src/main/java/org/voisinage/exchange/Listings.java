package org.voisinage.exchange;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Residents;
import org.voisinage.account.Viewer;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Photos;
import org.voisinage.common.SiteClock;
import org.voisinage.neighbourhood.Neighbourhoods;

/**
 * The exchange module's reading API: a listing's page and photos for those who may see it (its neighbourhood's
 * members, those within its radius, its author, moderators), a resident's active listings for their profile.
 * Publishing, browsing, loans, expiry and the nightly emails are {@link ListingPublishing}, {@link ListingBrowsing},
 * {@link ListingLoans}, {@link ListingExpiry} and {@link ListingReminders}.
 */
@Service
@Transactional(readOnly = true)
public class Listings {

    private final ListingRepository listings;
    private final ListingAccess access;
    private final Residents residents;
    private final Neighbourhoods neighbourhoods;
    private final Photos photos;
    private final SiteClock siteClock;
    private final Clock clock;
    private final ListingBookings bookings;

    Listings(ListingRepository listings, ListingAccess access, Residents residents, Neighbourhoods neighbourhoods,
            Photos photos, SiteClock siteClock, Clock clock, ListingBookings bookings) {
        this.bookings = bookings;
        this.listings = listings;
        this.access = access;
        this.residents = residents;
        this.neighbourhoods = neighbourhoods;
        this.photos = photos;
        this.siteClock = siteClock;
        this.clock = clock;
    }

    /** Today in the site's zone: a listing is live until the end of its expiry date. */
    LocalDate today() {
        return siteClock.today();
    }


    /** The resident's active (published, not expired, not hidden) listings, newest first. */
    public List<ListingSummary> activeOf(long residentId) {
        return summaries(listings.findActiveOf(residentId, siteClock.today()));
    }

    /**
     * The resident's active listings that {@code viewerId} may see (a profile seen from another neighbourhood shows
     * only those whose radius reaches it), newest first.
     */
    public List<ListingSummary> activeOf(long residentId, long viewerId) {
        List<Listing> active = listings.findActiveOf(residentId, siteClock.today());
        Set<Long> visible = visibleAmong(active, viewerId);
        return summaries(active.stream().filter(l -> visible.contains(l.getId())).toList());
    }

    private static List<ListingSummary> summaries(List<Listing> list) {
        return list.stream().map(l -> new ListingSummary(l.getId(), l.getTitle(), l.getKind().labelKey(),
                l.getDirection() == ListingDirection.OFFER, l.path(), l.getExpiresOn())).toList();
    }

    /** The listing, for the module's own adapters (moderation, conversations): others read views. */
    Optional<Listing> find(long id) {
        return listings.findById(id);
    }

    /** The listings with these ids (unknown ones left out), in one query. */
    List<Listing> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : listings.findAllById(Set.copyOf(ids));
    }

    /** Whether the resident may see the listing: its neighbourhood's members, those within its radius, moderators. */
    public boolean visibleTo(long id, long residentId) {
        Optional<Listing> listing = listings.findById(id);
        return listing.isPresent() && access.maySee(residents.viewer(residentId), listing.get());
    }

    /** A listing's page for a viewer; 404 for those who may not see it (other neighbourhoods, hidden ones). */
    public ListingPage page(long id, long viewerId) {
        Listing listing = listings.findById(id).orElseThrow(() -> new NotFoundException("listing", id));
        Viewer viewer = residents.viewer(viewerId);
        if (!access.maySee(viewer, listing)) {
            throw new NotFoundException("listing", id);
        }
        ResidentView author = residents.get(listing.getAuthorId());
        boolean mine = listing.isAuthor(viewerId);
        LocalDate today = siteClock.today();
        return new ListingPage(ListingView.of(listing, siteClock.zone(), bookings.loanOut(listing)),
                author.displayName(), author.streetLabel(), neighbourhoods.get(listing.getNeighbourhoodId()), mine,
                listing.isLive(today) && !mine, listing.isExpired(today), listing.photoRefs(),
                bookings.calendar(listing, viewer));
    }

    /**
     * The ids of those listings the resident may see, by the listing policy, in a fixed number of statements whatever
     * their number (the inbox's subjects, a profile's listings).
     */
    Set<Long> visibleAmong(Collection<Listing> candidates, long residentId) {
        return candidates.isEmpty() ? Set.of() : access.visibleAmong(residents.viewer(residentId), candidates);
    }

    /** A stored photo of a listing the viewer may see. */
    public Path photo(String name, long viewerId) {
        String original = name.endsWith("-thumb.jpg") ? name.replace("-thumb.jpg", ".jpg") : name;
        Path file = photos.open(name).orElseThrow(() -> new NotFoundException("photo", name));
        long id = listings.findIdByPhoto(original).orElseThrow(() -> new NotFoundException("photo", name));
        if (!visibleTo(id, viewerId)) {
            throw new NotFoundException("photo", name);
        }
        return file;
    }
}
