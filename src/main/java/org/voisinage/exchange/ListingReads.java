package org.voisinage.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.Viewer;
import org.voisinage.common.Keyset;
import org.voisinage.common.SiteClock;

/**
 * Listings as the read API gives them (issue 16), by the pages' own policy ({@link ListingAccess#maySee}): for
 * verified residents of the listing's neighbourhood or within its radius, its author and moderators. Never public;
 * no author, no photos (the pages show them to those who may contact the author).
 */
@Component
public class ListingReads {

    public record ListingResource(long id, long neighbourhoodId, ListingDirection direction, ListingKind kind,
            ListingCategory category, String title, String description, String availability, int radiusKm,
            BigDecimal rentPrice, RentUnit rentUnit, LocalDate expiresOn, OffsetDateTime createdAt,
            OffsetDateTime expiredAt, String path) {}

    private final ListingRepository listings;
    private final ListingAccess access;
    private final SiteClock clock;

    ListingReads(ListingRepository listings, ListingAccess access, SiteClock clock) {
        this.listings = listings;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ListingResource> listings(Viewer viewer, Keyset.Scope scope, long after, int limit) {
        return Keyset.after(after, limit, (from, size) -> listings.findByIdGreaterThanOrderByIdAsc(from,
                Limit.of(size)), Listing::getId, l -> visible(viewer, scope, l), this::resource);
    }

    @Transactional(readOnly = true)
    public Optional<ListingResource> listing(Viewer viewer, Keyset.Scope scope, long id) {
        return listings.findById(id).filter(l -> visible(viewer, scope, l)).map(this::resource);
    }

    private boolean visible(Viewer viewer, Keyset.Scope scope, Listing l) {
        return scope.includesNeighbourhood(l.getNeighbourhoodId()) && access.maySee(viewer, l);
    }

    private ListingResource resource(Listing l) {
        return new ListingResource(l.getId(), l.getNeighbourhoodId(), l.getDirection(), l.getKind(), l.getCategory(),
                l.getTitle(), l.getDescription(), l.getAvailability(), l.getRadiusKm(), l.getRentPrice(),
                l.getRentUnit(), l.getExpiresOn(), clock.here(l.getCreatedAt()), clock.here(l.getExpiredAt()),
                "/echanges/" + l.getId());
    }
}
