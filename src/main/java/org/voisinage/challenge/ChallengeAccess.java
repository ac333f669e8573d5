package org.voisinage.challenge;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.Viewer;
import org.voisinage.following.TopicAccess;
import org.voisinage.following.TopicAudience;

/**
 * Who may see, follow, report and change challenges: the one place that says it. A challenge is public once opened
 * (anyone reads it and may follow it, by email too); a draft is for staff, who alone create and run challenges; a
 * challenge hidden by moderators is left to staff and the moderators of its neighbourhood. Its topic ("challenge",
 * its id) has the same audience.
 */
@Component
public class ChallengeAccess implements TopicAccess, org.voisinage.account.StaffScopedObjects {

    private final ChallengeRepository challenges;

    private final org.voisinage.neighbourhood.Neighbourhoods neighbourhoods;

    ChallengeAccess(ChallengeRepository challenges, org.voisinage.neighbourhood.Neighbourhoods neighbourhoods) {
        this.neighbourhoods = neighbourhoods;
        this.challenges = challenges;
    }

    /** Staff create, edit, open and conclude challenges. */
    public boolean mayChange(Viewer viewer) {
        return viewer.staff();
    }

    @Override
    public String adminPath() {
        return "/admin/challenges";
    }

    /** A challenge belongs to its territory's staff. */
    @Override
    @Transactional(readOnly = true)
    public boolean staffOf(Viewer viewer, long id) {
        return challenges.findById(id).filter(c -> viewer.staffOf(c.getTerritoryId())).isPresent();
    }

    /** Anyone may see it, signed in or not: read paths skip building the viewer. */
    boolean isPublic(Challenge challenge) {
        return challenge.getState().isPublic() && !challenge.isHidden()
                && !neighbourhoods.closedToVisitors(challenge.getNeighbourhoodId(), challenge.getTerritoryId());
    }

    boolean maySee(Viewer viewer, Challenge challenge) {
        if (isPublic(challenge)) {
            return true;
        }
        if (!challenge.getState().isPublic() && !viewer.staffOf(challenge.getTerritoryId())) {
            return false;
        }
        if (viewer.keptOutOf(neighbourhoods.membersOnlyTerritory(challenge.getNeighbourhoodId(),
                challenge.getTerritoryId()))) {
            return false; // a members-only territory's: for its members and staff
        }
        return !challenge.isHidden() || moderates(viewer, challenge);
    }

    /** Staff, and moderators of the challenge's neighbourhood (a territory's challenge: staff only). */
    boolean moderates(Viewer viewer, Challenge challenge) {
        return viewer.moderates(challenge.getNeighbourhoodId());
    }

    /** Whoever sees a public challenge may report it. */
    boolean mayReport(Viewer viewer, Challenge challenge) {
        return viewer.signedIn() && challenge.getState().isPublic() && maySee(viewer, challenge);
    }

    @Override
    public String topicType() {
        return "challenge";
    }

    /** One statement for all the challenges asked. */
    @Override
    @Transactional(readOnly = true)
    public Map<Long, TopicAudience> audiences(Collection<Long> ids) {
        return challenges.findAllById(ids).stream().collect(Collectors.toMap(Challenge::getId,
                challenge -> (TopicAudience) viewer -> maySee(viewer, challenge)));
    }
}
