package org.voisinage.agenda;

import static org.voisinage.search.SearchScope.QUERY;
import static org.voisinage.search.SearchScope.is;
import static org.voisinage.search.SearchScope.memberOf;
import static org.voisinage.search.SearchScope.moderates;
import static org.voisinage.search.SearchScope.openToViewer;

import org.springframework.stereotype.Component;
import org.voisinage.search.SearchContributor;
import org.voisinage.search.SearchKind;
import org.voisinage.search.SearchScope;
import org.voisinage.search.SearchSource;

/**
 * Events that are not cancelled in the search across everything, by {@link EventAccess#maySee} in SQL: public ones
 * for anyone (not in a members-only territory for visitors), members-only ones for the members of their
 * neighbourhood; a hidden one for its organiser and those who moderate its neighbourhood. Coming ones first.
 */
@Component
class EventSearch implements SearchContributor {

    @Override
    public SearchKind kind() {
        return SearchKind.EVENT;
    }

    @Override
    public SearchSource matches(SearchScope scope) {
        return new SearchSource("select e.id, e.title, e.description as body, '/agenda/evenements/' || e.id as path,"
                + " e.starts_at as at,"
                // coming events above past ones, then by relevance
                + " ts_rank(e.search, " + QUERY + ") + case when e.ends_at >= :now then 1 else 0 end as rank"
                + " from agenda_event e where e.search @@ " + QUERY + " and e.cancelled_at is null"
                + " and " + openToViewer("e.neighbourhood_id", null)
                + " and (e.hidden_at is null or " + is("e.organiser_id") + " or " + moderates("e.neighbourhood_id") + ")"
                + " and (e.visibility = 'PUBLIC' or " + memberOf("e.neighbourhood_id") + ")");
    }
}
