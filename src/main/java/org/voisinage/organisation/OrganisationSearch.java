package org.voisinage.organisation;

import static org.voisinage.search.SearchScope.QUERY;
import static org.voisinage.search.SearchScope.moderates;
import static org.voisinage.search.SearchScope.openToViewer;

import org.springframework.stereotype.Component;
import org.voisinage.search.SearchContributor;
import org.voisinage.search.SearchKind;
import org.voisinage.search.SearchScope;
import org.voisinage.search.SearchSource;

/**
 * Organisations in the search across everything, as their directory shows them: every visible one (not in a
 * members-only territory for visitors); a hidden one for its members and those who moderate its neighbourhood.
 */
@Component
class OrganisationSearch implements SearchContributor {

    @Override
    public SearchKind kind() {
        return SearchKind.ORGANISATION;
    }

    @Override
    public SearchSource matches(SearchScope scope) {
        return new SearchSource("select o.id, o.name as title, coalesce(o.description, '') as body,"
                + " '/organisations/' || o.slug as path, cast(null as timestamptz) as at,"
                + " ts_rank(o.search, " + QUERY + ") as rank"
                + " from organisation o where o.search @@ " + QUERY
                + " and " + openToViewer("o.neighbourhood_id", "o.territory_id")
                + " and (o.hidden_at is null or " + moderates("o.neighbourhood_id")
                + " or exists (select 1 from organisation_member om where om.organisation_id = o.id and om.resident_id = :me))");
    }

    @Override
    public String morePath(String query) {
        return "/organisations?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8);
    }
}
