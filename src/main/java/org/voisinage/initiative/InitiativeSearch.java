package org.voisinage.initiative;

import static org.voisinage.search.SearchScope.QUERY;
import static org.voisinage.search.SearchScope.is;
import static org.voisinage.search.SearchScope.moderates;
import static org.voisinage.search.SearchScope.openToViewer;

import org.springframework.stereotype.Component;
import org.voisinage.search.SearchContributor;
import org.voisinage.search.SearchKind;
import org.voisinage.search.SearchScope;
import org.voisinage.search.SearchSource;

/**
 * Initiatives in the search across everything, by {@link InitiativeAccess#maySee} in SQL: public pages, but not in a
 * members-only territory for visitors; a hidden one for its author and those who moderate its neighbourhood.
 */
@Component
class InitiativeSearch implements SearchContributor {

    @Override
    public SearchKind kind() {
        return SearchKind.INITIATIVE;
    }

    @Override
    public SearchSource matches(SearchScope scope) {
        return new SearchSource("select i.id, i.title, i.summary as body, '/initiatives/' || i.id as path,"
                + " cast(null as timestamptz) as at, ts_rank(i.search, " + QUERY + ") as rank"
                + " from initiative i where i.search @@ " + QUERY
                + " and " + openToViewer("i.neighbourhood_id", null)
                + " and (i.hidden_at is null or " + is("i.created_by") + " or " + moderates("i.neighbourhood_id") + ")");
    }

    @Override
    public String morePath(String query) {
        return "/initiatives?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8);
    }
}
