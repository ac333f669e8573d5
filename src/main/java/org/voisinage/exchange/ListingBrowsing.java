package org.voisinage.exchange;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Residents;
import org.voisinage.common.Photos;
import org.voisinage.common.SiteClock;
import org.voisinage.neighbourhood.NearbyNeighbourhood;
import org.voisinage.neighbourhood.Neighbourhoods;
import org.voisinage.organisation.OrganisationDeal;
import org.voisinage.organisation.Organisations;

/**
 * Lists of listings as cards: the browse page (live listings the viewer may see, by distance, kind, category and
 * full-text search, with the shops' deals beside good deals) and the author's own history. Every page is read in a
 * fixed number of statements, whatever it holds.
 */
@Service
@Transactional(readOnly = true)
public class ListingBrowsing {

    private final ListingRepository listings;
    private final Residents residents;
    private final Neighbourhoods neighbourhoods;
    private final Organisations organisations;
    private final EntityManager entityManager;
    private final SiteClock clock;
    private final ListingBookingRepository bookings;

    ListingBrowsing(ListingRepository listings, Residents residents, Neighbourhoods neighbourhoods,
            Organisations organisations, EntityManager entityManager, SiteClock clock,
            ListingBookingRepository bookings) {
        this.listings = listings;
        this.residents = residents;
        this.neighbourhoods = neighbourhoods;
        this.organisations = organisations;
        this.entityManager = entityManager;
        this.clock = clock;
        this.bookings = bookings;
    }

    /** A browse page and, for good deals, the shops' current deals of the same neighbourhoods. */
    public record Browse(Page<ListingCard> page, List<OrganisationDeal> deals, boolean member) {}

    /**
     * Live listings the viewer may see, newest first (best match first when searching): a fixed number of
     * statements (the count, the page, its thumbnails; the neighbourhoods within 10 km are cached), whatever the page
     * holds.
     */
    public Browse browse(long viewerId, BrowseFilter filter, Pageable pageable) {
        ResidentView viewer = residents.find(viewerId).orElse(null);
        if (viewer == null || !viewer.verified() || viewer.neighbourhoodId() == null) {
            return new Browse(Page.empty(pageable), List.of(), false);
        }
        long home = viewer.neighbourhoodId();
        List<NearbyNeighbourhood> near = neighbourhoods.within(home, BrowseFilter.MAX_KM);
        Map<Long, String> names = near.stream().collect(Collectors.toMap(NearbyNeighbourhood::id,
                n -> n.neighbourhood().name(), (a, b) -> a));
        Statements statements = statements(home, near, filter, clock.today());
        Query count = entityManager.createNativeQuery(statements.count());
        statements.parameters().forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();
        List<Listing> rows = List.of();
        if (total > pageable.getOffset()) {
            Query select = entityManager.createNativeQuery(statements.page(), Listing.class);
            statements.parameters().forEach(select::setParameter);
            select.setParameter("limit", pageable.getPageSize());
            select.setParameter("offset", pageable.getOffset());
            if (filter.query() == null) {
                select.setParameter("window", pageable.getOffset() + pageable.getPageSize());
            }
            @SuppressWarnings("unchecked")
            List<Listing> found = select.getResultList();
            rows = found;
        }
        List<ListingCard> cards = cards(rows, names);
        List<OrganisationDeal> deals = filter.kind() == ListingKind.GOOD_DEAL
                ? organisations.currentDeals(near.stream().filter(n -> n.km() <= filter.distance())
                        .map(NearbyNeighbourhood::id).toList())
                : List.of();
        return new Browse(new PageImpl<>(cards, pageable, total), deals, true);
    }

    /**
     * The browse page's two statements (the count, the page: {@code :limit} rows from {@code :offset}, and without a
     * search {@code :window}, offset plus limit) and their other parameters.
     */
    record Statements(String count, String page, Map<String, Object> parameters) {}

    /**
     * Listings of a neighbourhood k km away are shown when their radius reaches it (1, 3 or 10 km): each reachable
     * neighbourhood comes with the least radius its listings need, home with 0. The page walks the index of each
     * reachable neighbourhood newest first and stops after {@code :window} rows (listing_reach_idx, V151), and the
     * count reads that index only: the cost grows with the page and the number of neighbourhoods, never with the
     * number of listings around (one OR over neighbourhood lists made PostgreSQL read and sort every live listing of
     * ten kilometres for each page).
     */
    static Statements statements(long home, List<NearbyNeighbourhood> near, BrowseFilter filter, LocalDate today) {
        // numbers written in the statement: ids of our own rows and radii, never typed by anyone
        StringBuilder reach = new StringBuilder("(values (" + home + ", 0)");
        for (NearbyNeighbourhood n : near) {
            if (n.id() != home && n.km() <= filter.distance()) {
                reach.append(", (").append(n.id()).append(", ").append(n.km() <= 1 ? 1 : n.km() <= 3 ? 3 : 10)
                        .append(")");
            }
        }
        reach.append(") reach (neighbourhood_id, least_radius)");
        StringBuilder where = new StringBuilder("""
                 l.neighbourhood_id = reach.neighbourhood_id and l.radius_km >= reach.least_radius
                 and l.hidden_at is null and l.expired_at is null and l.expires_on >= :today""");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("today", today);
        if (filter.kind() != null) {
            where.append(" and l.kind = :kind");
            parameters.put("kind", filter.kind().name());
        }
        if (filter.category() != null) {
            where.append(" and l.category = :category");
            parameters.put("category", filter.category().name());
        }
        if (filter.direction() != null) {
            where.append(" and l.direction = :direction");
            parameters.put("direction", filter.direction().name());
        }
        String newestFirst = " order by l.created_at desc, l.id desc";
        if (filter.query() != null) {
            where.append(" and l.search @@ websearch_to_tsquery('french', exchange_unaccent(:q))");
            parameters.put("q", filter.query());
        }
        String count = filter.query() == null
                ? "select coalesce(sum(n), 0) from " + reach + " cross join lateral (select count(*) as n from listing l"
                        + " where " + where + ") l"
                : "select count(*) from " + reach + " join listing l on " + where;
        String page = filter.query() == null
                ? "select l.* from " + reach + " cross join lateral (select l.* from listing l where " + where
                        + newestFirst + " limit :window) l" + newestFirst + " limit :limit offset :offset"
                : "select l.* from " + reach + " join listing l on " + where
                        + " order by ts_rank(l.search, websearch_to_tsquery('french', exchange_unaccent(:q))) desc,"
                        + " l.created_at desc, l.id desc limit :limit offset :offset";
        return new Statements(count, page, parameters);
    }

    /** Every listing of the author, hidden and expired ones too, newest first. */
    public Page<ListingCard> mine(long authorId, Pageable pageable) {
        Page<Listing> page = listings.findByAuthorIdOrderByCreatedAtDescIdDesc(authorId, pageable);
        Map<Long, String> names = new HashMap<>();
        residents.find(authorId).map(ResidentView::neighbourhoodId).filter(n -> !page.isEmpty())
                .ifPresent(n -> names.put(n, neighbourhoods.get(n).name()));
        return new PageImpl<>(cards(page.getContent(), names), pageable, page.getTotalElements());
    }

    private List<ListingCard> cards(List<Listing> rows, Map<Long, String> neighbourhoodNames) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, String> thumbnails = new LinkedHashMap<>();
        for (Object[] row : listings.findFirstPhotos(rows.stream().map(Listing::getId).toList())) {
            thumbnails.put(((Number) row[0]).longValue(), Photos.thumbnailName((String) row[1]));
        }
        LocalDate today = clock.today();
        // asked for every card, bookable or not: one statement whatever the page shows
        Set<Long> out = Set.copyOf(bookings.findListingsOut(rows.stream().map(Listing::getId).toList(), today));
        return rows.stream().map(l -> new ListingCard(l.getId(), l.getTitle(), l.getDirection(), l.getKind(),
                l.getCategory(), neighbourhoodNames.get(l.getNeighbourhoodId()), thumbnails.get(l.getId()),
                l.getExpiresOn(), l.getCreatedAt(), l.isHidden(), l.isExpired(today), l.getRideFrom(), l.getRideTo(),
                l.rideDepartureLocal(clock.zone()), l.getDealWhere(), l.getDealUntil(), out.contains(l.getId()),
                l.getRentPrice(), l.getRentUnit(), l.getRentDeposit())).toList();
    }
}
