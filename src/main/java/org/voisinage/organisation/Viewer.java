package org.voisinage.organisation;

import java.util.Set;

/**
 * Who looks at a directory page, as its rules need them: signed in or not, staff, verified, their neighbourhood,
 * the neighbourhoods they moderate, and whether a sanction bars them from acting.
 */
record Viewer(long id, boolean signedIn, boolean staff, boolean verified, Long neighbourhoodId, Set<Long> moderated,
        boolean barred) {

    static final Viewer ANONYMOUS = new Viewer(0, false, false, false, null, Set.of(), true);

    /** Staff, or a moderator of this neighbourhood: sees hidden content and why. */
    boolean moderates(Long neighbourhoodId) {
        return staff || (neighbourhoodId != null && moderated.contains(neighbourhoodId));
    }

    /** Verified residents of a neighbourhood, not suspended nor banned, recommend. */
    boolean mayRecommend() {
        return signedIn && verified && !barred && neighbourhoodId != null;
    }
}
