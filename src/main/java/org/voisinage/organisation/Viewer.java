package org.voisinage.organisation;

import java.util.Set;

/**
 * Who looks at a directory page, as its rules need them: signed in or not, staff, verified, their neighbourhood,
 * the neighbourhoods they moderate, and whether a sanction bars them from acting.
 */
record Viewer(long id, boolean signedIn, boolean staff, boolean verified, Long neighbourhoodId, Set<Long> moderated,
        boolean barred, Long territoryId) {

    static final Viewer ANONYMOUS = new Viewer(0, false, false, false, null, Set.of(), true, null);

    /** Staff, or a moderator of this neighbourhood: sees hidden content and why. */
    boolean moderates(Long neighbourhoodId) {
        return staff || (neighbourhoodId != null && moderated.contains(neighbourhoodId));
    }

    /**
     * Recommendations name private people's contacts: they are read by the verified residents of the territory, the
     * neighbourhood's moderators and staff, never by an account that is nothing but an email address.
     */
    boolean readsRecommendationsOf(long territory, Long neighbourhood) {
        return moderates(neighbourhood) || (signedIn && verified && !barred && territoryId != null
                && territoryId == territory);
    }

    /** Verified residents of a neighbourhood, not suspended nor banned, recommend. */
    boolean mayRecommend() {
        return signedIn && verified && !barred && neighbourhoodId != null;
    }
}
