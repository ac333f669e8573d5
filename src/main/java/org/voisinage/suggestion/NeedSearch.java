package org.voisinage.suggestion;

import static org.voisinage.search.SearchScope.QUERY;
import static org.voisinage.search.SearchScope.is;
import static org.voisinage.search.SearchScope.memberOf;
import static org.voisinage.search.SearchScope.moderates;

import org.springframework.stereotype.Component;
import org.voisinage.search.SearchContributor;
import org.voisinage.search.SearchKind;
import org.voisinage.search.SearchScope;
import org.voisinage.search.SearchSource;

/**
 * Residents' needs in the search across everything, by {@link SuggestionAccess#maySee} in SQL: members-only, a hidden
 * one for its author and those who moderate its neighbourhood.
 */
@Component
class NeedSearch implements SearchContributor {

    @Override
    public SearchKind kind() {
        return SearchKind.NEED;
    }

    @Override
    public SearchSource matches(SearchScope scope) {
        return new SearchSource("select s.id, s.title, s.text as body, '/besoins/' || s.id as path,"
                + " cast(null as timestamptz) as at, ts_rank(s.search, " + QUERY + ") as rank"
                + " from suggestion s where s.search @@ " + QUERY
                + " and (" + is("s.author_id") + " or " + moderates("s.neighbourhood_id")
                + " or (s.hidden_at is null and " + memberOf("s.neighbourhood_id") + "))");
    }
}
