package org.voisinage.initiative;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.Viewer;
import org.voisinage.following.TopicAccess;
import org.voisinage.following.TopicAudience;

/**
 * Who may see, follow, report, take part in and change initiatives: the one place that says it. An initiative's page
 * and news are public (anyone may follow it, by email too); its members, discussion and offers are for the verified
 * members of its neighbourhood; its organisers change it. Hidden by moderators, it is left to its author and those
 * who moderate its neighbourhood. Its topic ("initiative", its id) has the page's audience.
 */
@Component
public class InitiativeAccess implements TopicAccess {

    private final InitiativeRepository initiatives;

    private final org.voisinage.neighbourhood.Neighbourhoods neighbourhoods;

    InitiativeAccess(InitiativeRepository initiatives, org.voisinage.neighbourhood.Neighbourhoods neighbourhoods) {
        this.neighbourhoods = neighbourhoods;
        this.initiatives = initiatives;
    }

    /** The page and its news. */
    boolean maySee(Viewer viewer, Initiative initiative) {
        if (viewer.keptOutOf(neighbourhoods.membersOnlyTerritory(initiative.getNeighbourhoodId(), null))) {
            return false; // a members-only territory: others see its name and sign-up only
        }
        return !initiative.isHidden() || viewer.is(initiative.getCreatedBy())
                || viewer.moderates(initiative.getNeighbourhoodId());
    }

    /** Its members, discussion and offers: the neighbourhood's verified members (and staff). */
    boolean maySeeMembersOnly(Viewer viewer, Initiative initiative) {
        return maySee(viewer, initiative) && viewer.isMemberOf(initiative.getNeighbourhoodId());
    }

    /** Joining, commenting, offering: verified residents of its neighbourhood. */
    boolean mayTakePart(Viewer viewer, Initiative initiative) {
        return viewer.verified() && !initiative.isHidden()
                && Long.valueOf(initiative.getNeighbourhoodId()).equals(viewer.neighbourhoodId());
    }

    /** Its organisers (an initiator or a co-organiser, {@code role} being the viewer's), while they may take part. */
    boolean mayChange(Viewer viewer, Initiative initiative, MemberRole role) {
        return role != null && role.organises() && mayTakePart(viewer, initiative);
    }

    boolean mayReport(Viewer viewer, Initiative initiative) {
        return viewer.signedIn() && maySee(viewer, initiative);
    }

    @Override
    public String topicType() {
        return Initiatives.TOPIC_TYPE;
    }

    /** One statement for all the initiatives asked. */
    @Override
    @Transactional(readOnly = true)
    public Map<Long, TopicAudience> audiences(Collection<Long> ids) {
        return initiatives.findAllById(ids).stream().collect(Collectors.toMap(Initiative::getId,
                initiative -> (TopicAudience) viewer -> maySee(viewer, initiative)));
    }
}
