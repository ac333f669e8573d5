package org.voisinage.exchange;

import static org.voisinage.search.SearchScope.QUERY;
import static org.voisinage.search.SearchScope.array;
import static org.voisinage.search.SearchScope.is;
import static org.voisinage.search.SearchScope.moderates;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.voisinage.account.Viewer;
import org.voisinage.neighbourhood.NearbyNeighbourhood;
import org.voisinage.neighbourhood.Neighbourhoods;
import org.voisinage.search.SearchContributor;
import org.voisinage.search.SearchKind;
import org.voisinage.search.SearchScope;
import org.voisinage.search.SearchSource;

/**
 * Live listings in the search across everything, by {@link ListingAccess#maySee} in SQL: its author, those who
 * moderate its neighbourhood, and, while visible, the verified members of its neighbourhood and of those within its
 * radius (the neighbourhoods within 1, 3 and 10 km come from the neighbourhood module's cache).
 */
@Component
class ListingSearch implements SearchContributor {

    private final Neighbourhoods neighbourhoods;

    ListingSearch(Neighbourhoods neighbourhoods) {
        this.neighbourhoods = neighbourhoods;
    }

    @Override
    public SearchKind kind() {
        return SearchKind.LISTING;
    }

    @Override
    public SearchSource matches(SearchScope scope) {
        Viewer viewer = scope.viewer();
        boolean reads = viewer.verified() && viewer.neighbourhoodId() != null;
        long own = reads ? viewer.neighbourhoodId() : 0;
        return new SearchSource("select l.id, l.title, l.description as body, '/echanges/' || l.id as path,"
                + " cast(null as timestamptz) as at, ts_rank(l.search, " + QUERY + ") as rank"
                + " from listing l where l.search @@ " + QUERY + " and l.expired_at is null"
                + " and (" + is("l.author_id") + " or " + moderates("l.neighbourhood_id")
                + " or (l.hidden_at is null and :listingReads and (l.neighbourhood_id = :listingOwn"
                + " or (l.radius_km >= 1 and l.neighbourhood_id = any(cast(:listingWithin1 as bigint[])))"
                + " or (l.radius_km >= 3 and l.neighbourhood_id = any(cast(:listingWithin3 as bigint[])))"
                + " or (l.radius_km >= 10 and l.neighbourhood_id = any(cast(:listingWithin10 as bigint[]))))))",
                Map.of("listingReads", reads, "listingOwn", own,
                        "listingWithin1", within(reads, own, 1), "listingWithin3", within(reads, own, 3),
                        "listingWithin10", within(reads, own, 10)));
    }

    private String within(boolean reads, long own, int km) {
        return array(reads ? neighbourhoods.within(own, km).stream().map(NearbyNeighbourhood::id).toList() : List.of());
    }

    @Override
    public String morePath(String query) {
        return "/echanges?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8);
    }
}
