package org.voisinage.moderation;

import java.util.Set;

/**
 * What one moderator may see and act on: staff everything (territory-wide items too), a moderator the
 * neighbourhoods they moderate.
 */
public record ModeratorScope(long moderatorId, boolean staff, Set<Long> neighbourhoods) {

    public ModeratorScope {
        neighbourhoods = Set.copyOf(neighbourhoods);
    }

    public boolean covers(Long neighbourhoodId) {
        return staff || (neighbourhoodId != null && neighbourhoods.contains(neighbourhoodId));
    }
}
