package org.voisinage.exchange;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.voisinage.search.SearchScope;

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

    /**
     * A browse page and, for good deals, the shops' current deals of the same neighbourhoods. The page's total is
     * counted up to {@link #COUNT_CAP} listings past the page's start; {@code capped}: there are more ("Page 1 of 10+"). A search's total is exact.
     */
    public record Browse(Page<ListingCard> page, List<OrganisationDeal> deals, boolean member, boolean capped) {}

    /**
     * Counting stops this many listings past the page's start ("Page 1 of 10+"): a busy town holds thousands of live
     * listings within reach, and counting them all read each one for every page (70 ms of PostgreSQL on 100,000
     * listings). Kept small so that PostgreSQL walks listing_reach_idx for the count whatever the neighbourhood: asked
     * for a thousand, it guessed reading them all was cheaper and sorted 20,000 rows of a busy neighbourhood.
     */
    public static final int COUNT_CAP = 200;

    /**
     * Live listings the viewer may see, newest first (best match first when searching): a fixed number of
     * statements (the count and the page, or a search's ranked ids with their number and its cards by id; then the
     * thumbnails; the neighbourhoods within 10 km are cached), whatever the page holds.
     */
    public Browse browse(long viewerId, BrowseFilter filter, Pageable pageable) {
        ResidentView viewer = residents.find(viewerId).orElse(null);
        if (viewer == null || !viewer.verified() || viewer.neighbourhoodId() == null) {
            return new Browse(Page.empty(pageable), List.of(), false, false);
        }
        long home = viewer.neighbourhoodId();
        List<NearbyNeighbourhood> near = neighbourhoods.within(home, BrowseFilter.MAX_KM);
        Map<Long, String> names = near.stream().collect(Collectors.toMap(NearbyNeighbourhood::id,
                n -> n.neighbourhood().name(), (a, b) -> a));
        Statements statements = statements(home, near, filter, clock.today());
        long total;
        boolean capped = false;
        List<Listing> rows = List.of();
        if (filter.query() == null) {
            Query count = entityManager.createNativeQuery(statements.count());
            statements.parameters().forEach(count::setParameter);
            long cap = pageable.getOffset() + COUNT_CAP;
            count.setParameter("cap", cap + 1);
            long counted = ((Number) count.getSingleResult()).longValue();
            capped = counted > cap;
            total = Math.min(counted, cap);
            if (total > pageable.getOffset()) {
                Query select = entityManager.createNativeQuery(statements.page(), Listing.class);
                statements.parameters().forEach(select::setParameter);
                select.setParameter("limit", pageable.getPageSize());
                select.setParameter("offset", pageable.getOffset());
                select.setParameter("window", pageable.getOffset() + pageable.getPageSize());
                @SuppressWarnings("unchecked")
                List<Listing> found = select.getResultList();
                rows = found;
            }
        } else {
            // ranking reads every match within reach anyway: the page's ids come with their number
            List<Object[]> ranked = ranked(statements, pageable.getPageSize(), pageable.getOffset());
            if (ranked.isEmpty() && pageable.getOffset() > 0) {
                ranked = ranked(statements, 1, 0);
                total = ranked.isEmpty() ? 0 : ((Number) ranked.get(0)[1]).longValue();
            } else {
                total = ranked.isEmpty() ? 0 : ((Number) ranked.get(0)[1]).longValue();
                List<Long> ids = ranked.stream().map(r -> ((Number) r[0]).longValue()).toList();
                Map<Long, Listing> byId = listings.findAllById(ids).stream()
                        .collect(Collectors.toMap(Listing::getId, l -> l));
                rows = ids.stream().map(byId::get).filter(Objects::nonNull).toList();
            }
        }
        List<ListingCard> cards = cards(rows, names);
        List<OrganisationDeal> deals = filter.kind() == ListingKind.GOOD_DEAL
                ? organisations.currentDeals(near.stream().filter(n -> n.km() <= filter.distance())
                        .map(NearbyNeighbourhood::id).toList())
                : List.of();
        return new Browse(new PageImpl<>(cards, pageable, total), deals, true, capped);
    }

    /** A search's page of ids, best match first, each with the number of matches. */
    private List<Object[]> ranked(Statements statements, int limit, long offset) {
        Query select = entityManager.createNativeQuery(statements.page());
        statements.parameters().forEach(select::setParameter);
        select.setParameter("limit", limit);
        select.setParameter("offset", offset);
        @SuppressWarnings("unchecked")
        List<Object[]> found = select.getResultList();
        return found;
    }

    /**
     * The browse page's statements and their other parameters. Without a search: the count, up to {@code :cap}
     * listings, and the page, {@code :limit} rows from {@code :offset}, {@code :window} being offset plus limit. With a
     * search: no count, the page's ids ({@code :limit} from {@code :offset}) each with the number of matches.
     */
    record Statements(String count, String page, Map<String, Object> parameters) {}

    /**
     * Listings of a neighbourhood k km away are shown when their radius reaches it (1, 3 or 10 km): each reachable
     * neighbourhood comes with the least radius its listings need, home with 0. The page walks the index of each
     * reachable neighbourhood newest first and stops after {@code :window} rows (listing_reach_idx, V151), and the
     * count reads that index only, up to its cap: the cost grows with the page and the number of neighbourhoods, never
     * with the number of listings around (one OR over neighbourhood lists made PostgreSQL read and sort every live
     * listing of ten kilometres for each page). The reach comes as two array parameters, so the statement's text, and
     * its prepared plan, is the same for every viewer.
     */
    static Statements statements(long home, List<NearbyNeighbourhood> near, BrowseFilter filter, LocalDate today) {
        List<Long> ids = new ArrayList<>(List.of(home));
        List<Long> radii = new ArrayList<>(List.of(0L));
        for (NearbyNeighbourhood n : near) {
            if (n.id() != home && n.km() <= filter.distance()) {
                ids.add(n.id());
                radii.add(n.km() <= 1 ? 1L : n.km() <= 3 ? 3L : 10L);
            }
        }
        String reach = "unnest(cast(:reachIds as bigint[]), cast(:reachRadii as int[]))"
                + " reach (neighbourhood_id, least_radius)";
        StringBuilder where = new StringBuilder("""
                 l.neighbourhood_id = reach.neighbourhood_id and l.radius_km >= reach.least_radius
                 and l.hidden_at is null and l.expired_at is null and l.expires_on >= :today""");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("reachIds", SearchScope.array(ids));
        parameters.put("reachRadii", SearchScope.array(radii));
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
        String count;
        String page;
        if (filter.query() == null) {
            // newest first, as the page, so each neighbourhood's count walks listing_reach_idx (unordered, a generic
            // plan chose a sequential scan of the table, which for a quiet neighbourhood reads all of it)
            count = "select count(*) from (select 1 from " + reach + " cross join lateral (select 1 from listing l"
                    + " where " + where + newestFirst + " limit :cap) l limit :cap) counted";
            page = "select l.* from " + reach + " cross join lateral (select l.* from listing l where " + where
                    + newestFirst + " limit :window) l" + newestFirst + " limit :limit offset :offset";
        } else {
            // the query is made once (an init plan), not for each row ranked: exchange_unaccent cannot be inlined, and
            // in a prepared (generic) plan it ran once a match (1,663 calls a page for "perceuse")
            String query = "(select websearch_to_tsquery('french', exchange_unaccent(:q)))";
            // the full-text index alone finds the matches (offset 0 keeps the visibility conditions out of the scan:
            // in a generic plan PostgreSQL guessed a third of the listings expire later and ANDed the whole
            // listing_expiry_idx with the matches); the reach and the filters then sort them out
            parameters.put("q", filter.query());
            count = null;
            // only the columns the conditions and the ranking read: the matches beyond reach are dropped lighter
            page = "select m.id, count(*) over () as total from (select l.id, l.created_at, ts_rank(l.search, "
                    + query + ") as rank from " + reach + " join (select id, neighbourhood_id, radius_km, hidden_at,"
                    + " expired_at, expires_on, kind, category, direction, created_at, search from listing"
                    + " where search @@ " + query + " offset 0) l on " + where + ") m"
                    + " order by m.rank desc, m.created_at desc, m.id desc limit :limit offset :offset";
        }
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
