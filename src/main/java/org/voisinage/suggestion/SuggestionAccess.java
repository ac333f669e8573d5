package org.voisinage.suggestion;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.Viewer;
import org.voisinage.following.TopicAccess;
import org.voisinage.following.TopicAudience;

/**
 * Who may see, follow, report, support and answer residents' needs: the one place that says it. Needs are
 * members-only: read by the verified members of their neighbourhood, its moderators and staff; a hidden need only by
 * its author and those who moderate its neighbourhood. Its topic ("suggestion", the need's id) has the same audience,
 * never someone known by email alone.
 */
@Component
public class SuggestionAccess implements TopicAccess, org.voisinage.account.StaffScopedObjects {

    private final SuggestionRepository suggestions;

    SuggestionAccess(SuggestionRepository suggestions) {
        this.suggestions = suggestions;
    }

    /** Whether the viewer may list a neighbourhood's needs. */
    public boolean maySeeNeedsOf(Viewer viewer, long neighbourhoodId) {
        return viewer.isMemberOf(neighbourhoodId);
    }

    /** Staff answer needs. */
    public boolean mayAnswer(Viewer viewer) {
        return viewer.staff();
    }

    @Override
    public String adminPath() {
        return "/admin/besoins";
    }

    /** A need belongs to its neighbourhood's territory's staff. */
    @Override
    public boolean staffOf(Viewer viewer, long id) {
        return suggestions.findById(id).filter(n -> viewer.staffOfNeighbourhood(n.getNeighbourhoodId())).isPresent();
    }

    boolean maySee(Viewer viewer, Suggestion need) {
        if (viewer.is(need.getAuthorId()) || viewer.moderates(need.getNeighbourhoodId())) {
            return true;
        }
        return !need.isHidden() && viewer.isMemberOf(need.getNeighbourhoodId());
    }

    boolean mayReport(Viewer viewer, Suggestion need) {
        return viewer.signedIn() && maySee(viewer, need);
    }

    /** A verified neighbour supports another's visible need. */
    boolean maySupport(Viewer viewer, Suggestion need) {
        return viewer.verified() && !viewer.is(need.getAuthorId()) && !need.isHidden()
                && Long.valueOf(need.getNeighbourhoodId()).equals(viewer.neighbourhoodId());
    }

    @Override
    public String topicType() {
        return Suggestions.TOPIC;
    }

    /** One statement for all the needs asked. */
    @Override
    @Transactional(readOnly = true)
    public Map<Long, TopicAudience> audiences(Collection<Long> ids) {
        return suggestions.findAllById(ids).stream().collect(Collectors.toMap(Suggestion::getId,
                need -> (TopicAudience) viewer -> maySee(viewer, need)));
    }
}
