package org.voisinage.challenge;

import static org.voisinage.search.SearchScope.QUERY;
import static org.voisinage.search.SearchScope.moderates;
import static org.voisinage.search.SearchScope.openToViewer;

import org.springframework.stereotype.Component;
import org.voisinage.search.SearchContributor;
import org.voisinage.search.SearchKind;
import org.voisinage.search.SearchScope;
import org.voisinage.search.SearchSource;

/**
 * Challenges in the search across everything, by {@link ChallengeAccess#maySee} in SQL: opened ones for anyone (not
 * in a members-only territory for visitors), drafts for staff; a hidden one for those who moderate it.
 */
@Component
class ChallengeSearch implements SearchContributor {

    @Override
    public SearchKind kind() {
        return SearchKind.CHALLENGE;
    }

    @Override
    public SearchSource matches(SearchScope scope) {
        return new SearchSource("select c.id, c.title, c.target_name || ' — ' || c.counter_commitment as body,"
                + " '/defis/' || c.id as path, cast(null as timestamptz) as at, ts_rank(c.search, " + QUERY + ") as rank"
                + " from challenge c where c.search @@ " + QUERY
                + " and (c.state <> '" + ChallengeState.DRAFT.name() + "' or :staff)"
                + " and (c.hidden_at is null or " + moderates("c.neighbourhood_id") + ")"
                + " and " + openToViewer("c.neighbourhood_id", "c.territory_id"));
    }
}
