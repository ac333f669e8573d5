package org.voisinage.moderation;

import java.util.Set;
import java.util.stream.Collectors;
import org.voisinage.account.Viewer;

/**
 * What one moderator may see and act on: staff everything (territory-wide items too), a moderator the
 * neighbourhoods they moderate. Derived from {@link Viewer#moderates}, the one "moderates this neighbourhood" rule:
 * the queue and the pages agree on who moderates what.
 */
public record ModeratorScope(Viewer moderator) {

    public long moderatorId() {
        return moderator.id();
    }

    /** Staff of every territory (administrators, global staff); staff limited to some cover their neighbourhoods. */
    public boolean staff() {
        return moderator.staff() && !moderator.limitedStaff();
    }

    /**
     * The neighbourhoods moderated by name (none while sanctioned), or those of a limited staff member's
     * territories; global staff cover every one without a list.
     */
    public Set<Long> neighbourhoods() {
        if (moderator.limitedStaff()) {
            return moderator.staffNeighbourhoods();
        }
        return moderator.moderatedNeighbourhoods().stream().filter(moderator::moderates).collect(Collectors.toSet());
    }

    public boolean covers(Long neighbourhoodId) {
        return moderator.moderates(neighbourhoodId);
    }
}
