package org.voisinage.exchange;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    ListingBrowsing(ListingRepository listings, Residents residents, Neighbourhoods neighbourhoods,
            Organisations organisations, EntityManager entityManager, SiteClock clock) {
        this.listings = listings;
        this.residents = residents;
        this.neighbourhoods = neighbourhoods;
        this.organisations = organisations;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** A browse page and, for good deals, the shops' current deals of the same neighbourhoods. */
    public record Browse(Page<ListingCard> page, List<OrganisationDeal> deals, boolean member) {}

    /**
     * Live listings the viewer may see, newest first (best match first when searching): a fixed number of
     * statements (neighbourhoods within 10 km, the count, the page, its thumbnails), whatever the page holds.
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
        // listings of a neighbourhood k km away are shown when their radius reaches it: 1, 3 or 10 km
        List<Long> within1 = ids(near, home, 1, filter.distance());
        List<Long> within3 = ids(near, home, 3, filter.distance());
        List<Long> within10 = ids(near, home, 10, filter.distance());

        StringBuilder where = new StringBuilder("""
                 from listing l where l.hidden_at is null and l.expired_at is null and l.expires_on >= :today
                 and (l.neighbourhood_id = :home or (l.neighbourhood_id in (:within1) and l.radius_km >= 1)
                      or (l.neighbourhood_id in (:within3) and l.radius_km >= 3)
                      or (l.neighbourhood_id in (:within10) and l.radius_km >= 10))""");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("today", clock.today());
        parameters.put("home", home);
        parameters.put("within1", within1);
        parameters.put("within3", within3);
        parameters.put("within10", within10);
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
        String order = " order by l.created_at desc, l.id desc";
        if (filter.query() != null) {
            where.append(" and l.search @@ websearch_to_tsquery('french', exchange_unaccent(:q))");
            parameters.put("q", filter.query());
            order = " order by ts_rank(l.search, websearch_to_tsquery('french', exchange_unaccent(:q))) desc,"
                    + " l.created_at desc, l.id desc";
        }
        Query count = entityManager.createNativeQuery("select count(*)" + where);
        Query select = entityManager.createNativeQuery("select l.*" + where + order + " limit :limit offset :offset",
                Listing.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            select.setParameter(name, value);
        });
        long total = ((Number) count.getSingleResult()).longValue();
        List<Listing> rows = List.of();
        if (total > pageable.getOffset()) {
            select.setParameter("limit", pageable.getPageSize());
            select.setParameter("offset", pageable.getOffset());
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

    /** The neighbourhoods within {@code km} and the distance filter, other than home; -1 keeps "in ()" valid SQL. */
    private static List<Long> ids(List<NearbyNeighbourhood> near, long home, int km, int distance) {
        List<Long> ids = new ArrayList<>(List.of(-1L));
        near.stream().filter(n -> n.id() != home && n.km() <= km && n.km() <= distance)
                .forEach(n -> ids.add(n.id()));
        return ids;
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
        return rows.stream().map(l -> new ListingCard(l.getId(), l.getTitle(), l.getDirection(), l.getKind(),
                l.getCategory(), neighbourhoodNames.get(l.getNeighbourhoodId()), thumbnails.get(l.getId()),
                l.getExpiresOn(), l.getCreatedAt(), l.isHidden(), l.isExpired(today), l.getRideFrom(), l.getRideTo(),
                l.rideDepartureLocal(clock.zone()), l.getDealWhere(), l.getDealUntil(), l.isLent())).toList();
    }
}
