package org.voisinage.poll;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.voisinage.account.Viewer;
import org.voisinage.following.TopicAccess;
import org.voisinage.following.TopicAudience;
import org.voisinage.initiative.InitiativeMembers;
import org.voisinage.initiative.InitiativeSummary;
import org.voisinage.neighbourhood.Neighbourhoods;

/**
 * Who may see, answer and open polls: the one place that says it, asked by every read path.
 *
 * <ul>
 *   <li>A poll is read by the residents it asks (verified residents of its neighbourhood or territory, or the members
 *       of its initiative who still live in its neighbourhood) and by staff of its territory; by nobody else: anyone
 *       else is told it does not exist.</li>
 *   <li>Those it asks vote while it is open; staff read it but vote only where they are asked as residents.</li>
 *   <li>Staff of the territory open polls there; organisers of an initiative open one to its members when the
 *       territory allows it ({@code poll_territory_rule}).</li>
 * </ul>
 *
 * Its topic ("polls", keyed by neighbourhood) is followed by the verified members of the neighbourhood and staff.
 */
@Component
public class PollAccess {

    public static final String TOPIC = "polls";

    private final InitiativeMembers initiatives;
    private final Neighbourhoods neighbourhoods;
    private final JdbcClient jdbc;

    PollAccess(InitiativeMembers initiatives, Neighbourhoods neighbourhoods, JdbcClient jdbc) {
        this.initiatives = initiatives;
        this.neighbourhoods = neighbourhoods;
        this.jdbc = jdbc;
    }

    /** The residents the poll is addressed to. */
    boolean isAsked(Viewer viewer, Poll poll) {
        if (!viewer.verified()) {
            return false;
        }
        return switch (poll.getAudience()) {
            case NEIGHBOURHOOD -> poll.getNeighbourhoodId().equals(viewer.neighbourhoodId());
            case TERRITORY -> Long.valueOf(poll.getTerritoryId()).equals(viewer.territoryId());
            case INITIATIVE -> poll.getNeighbourhoodId().equals(viewer.neighbourhoodId())
                    && initiatives.isMember(poll.getInitiativeId(), viewer.id());
        };
    }

    boolean maySee(Viewer viewer, Poll poll) {
        return viewer.staffOf(poll.getTerritoryId()) || isAsked(viewer, poll);
    }

    /**
     * Whether the viewer may open a poll to this audience.
     *
     * @param initiativeId for an initiative's members, the initiative (its neighbourhood is {@code neighbourhoodId})
     */
    boolean mayOpen(Viewer viewer, PollAudience audience, long territoryId, Long neighbourhoodId, Long initiativeId) {
        if (audience == PollAudience.NEIGHBOURHOOD) {
            return viewer.staffOfNeighbourhood(neighbourhoodId);
        }
        if (viewer.staffOf(territoryId)) {
            return true;
        }
        return audience == PollAudience.INITIATIVE && viewer.verified()
                && neighbourhoodId.equals(viewer.neighbourhoodId()) && organisersMayOpen(territoryId)
                && initiatives.isOrganiser(initiativeId, viewer.id());
    }

    /** Whether the viewer may open a poll to this initiative's members (its staff, or its organisers if allowed). */
    boolean mayOpenForInitiative(Viewer viewer, InitiativeSummary initiative) {
        long territoryId = neighbourhoods.get(initiative.neighbourhoodId()).territoryId();
        return mayOpen(viewer, PollAudience.INITIATIVE, territoryId, initiative.neighbourhoodId(), initiative.id());
    }

    /** The territory's setting: whether organisers of its initiatives may open polls to their members. */
    boolean organisersMayOpen(long territoryId) {
        return jdbc.sql("select organisers_may_open from poll_territory_rule where territory_id = ?").param(territoryId)
                .query(Boolean.class).optional().orElse(false);
    }

    /** Who follows a neighbourhood's polls: its verified members and staff (those its polls may ask). */
    static boolean mayFollow(Viewer viewer, long neighbourhoodId) {
        return viewer.isMemberOf(neighbourhoodId);
    }

    /**
     * The policy of the "polls" topic for the following module, apart from {@link PollAccess}: it needs nothing,
     * where PollAccess needs the initiative module, which itself needs the following module.
     */
    @Component
    static class PollTopics implements TopicAccess {

        @Override
        public String topicType() {
            return TOPIC;
        }

        /** The topic's id is the neighbourhood's: no statement needed. */
        @Override
        public Map<Long, TopicAudience> audiences(Collection<Long> neighbourhoodIds) {
            return neighbourhoodIds.stream().distinct().collect(Collectors.toMap(Function.identity(),
                    id -> (TopicAudience) viewer -> mayFollow(viewer, id)));
        }
    }
}
