package org.voisinage.account;

import java.util.Set;

/**
 * Who asks to read or to act, as every module's access policy needs them. Built fresh from the database for each
 * request and for each email being built ({@link Residents#viewer}, {@link Residents#viewers}): a session's role and
 * status may be stale, and a resident rejected, sanctioned or moved away must stop seeing members-only content at
 * once. Anonymous visitors and email-only followers are {@link #ANONYMOUS}.
 */
public record Viewer(long id, Role role, ResidentStatus status, Long neighbourhoodId, Long territoryId,
        Set<Long> moderatedNeighbourhoods, boolean barred) {

    public static final Viewer ANONYMOUS = new Viewer(0, null, null, null, null, Set.of(), false);

    public Viewer {
        moderatedNeighbourhoods = moderatedNeighbourhoods == null ? Set.of() : Set.copyOf(moderatedNeighbourhoods);
    }

    public boolean signedIn() {
        return id != 0;
    }

    public boolean staff() {
        return role == Role.STAFF || role == Role.ADMIN;
    }

    public boolean admin() {
        return role == Role.ADMIN;
    }

    /** Address proven and not suspended nor banned: may read members-only content and act as a member. */
    public boolean verified() {
        return signedIn() && status == ResidentStatus.VERIFIED && !barred;
    }

    /** A verified member of this neighbourhood, or staff: reads what its members read. */
    public boolean isMemberOf(Long neighbourhood) {
        return staff() || (verified() && neighbourhood != null && neighbourhood.equals(neighbourhoodId));
    }

    /** A verified member of a neighbourhood of this territory, or staff. */
    public boolean isMemberOfTerritory(Long territory) {
        return staff() || (verified() && territory != null && territory.equals(territoryId));
    }

    /**
     * Staff, or a moderator of this neighbourhood (and not sanctioned): sees its hidden content and decides on it. The
     * one rule for "moderates this neighbourhood".
     */
    public boolean moderates(Long neighbourhood) {
        if (staff()) {
            return true;
        }
        return signedIn() && !barred && role == Role.MODERATOR && neighbourhood != null
                && moderatedNeighbourhoods.contains(neighbourhood);
    }

    public boolean is(long residentId) {
        return signedIn() && id == residentId;
    }
}
