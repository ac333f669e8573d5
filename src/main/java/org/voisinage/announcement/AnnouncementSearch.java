package org.voisinage.announcement;

import static org.voisinage.search.SearchScope.QUERY;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.voisinage.search.SearchContributor;
import org.voisinage.search.SearchKind;
import org.voisinage.search.SearchScope;
import org.voisinage.search.SearchSource;

/**
 * Announcements in the search across everything, by {@link AnnouncementAccess#maySee} in SQL: staff every one; a
 * verified resident the live ones sent to their neighbourhood.
 */
@Component
class AnnouncementSearch implements SearchContributor {

    @Override
    public SearchKind kind() {
        return SearchKind.ANNOUNCEMENT;
    }

    @Override
    public SearchSource matches(SearchScope scope) {
        Long own = scope.viewer().verified() ? scope.viewer().neighbourhoodId() : null;
        return new SearchSource("select a.id, a.title, a.body, '/annonces/' || a.id as path, a.published_at as at,"
                + " ts_rank(a.search, " + QUERY + ") as rank"
                + " from announcement a where a.search @@ " + QUERY
                // staff read those of their territories only (AnnouncementAccess.staffOf): global staff every one,
                // limited staff those sent only to neighbourhoods of theirs (for staff, :moderated is exactly those)
                + " and (:everywhere or (:staff and not exists (select 1 from announcement_neighbourhood an"
                + " where an.announcement_id = a.id and not an.neighbourhood_id = any(cast(:moderated as bigint[]))))"
                + " or (a.unpublished_at is null and a.hidden_at is null"
                + " and (a.expires_at is null or a.expires_at > :now)"
                + " and exists (select 1 from announcement_neighbourhood an"
                + " where an.announcement_id = a.id and an.neighbourhood_id = :announcementReader)))",
                Map.of("announcementReader", own == null ? 0L : own));
    }
}
