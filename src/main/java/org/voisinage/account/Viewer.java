package org.voisinage.account;

import java.util.Set;

/**
 * Who asks to read or to act, as every module's access policy needs them. Built fresh from the database for each
 * request and for each email being built ({@link Residents#viewer}, {@link Residents#viewers}): a session's role and
 * status may be stale, and a resident rejected, sanctioned or moved away must stop seeing members-only content at
 * once. Anonymous visitors and email-only followers are {@link #ANONYMOUS}.
 */
public record Viewer(long id, Role role, ResidentStatus status, Long neighbourhoodId, Long territoryId,
        Set<Long> moderatedNeighbourhoods, boolean barred, Set<Long> staffTerritories,
        Set<Long> staffNeighbourhoods) {

    public static final Viewer ANONYMOUS = new Viewer(0, null, null, null, null, Set.of(), false);

    /**
     * @param staffTerritories for staff limited to some territories, those; empty for global staff and everyone else
     * @param staffNeighbourhoods the neighbourhoods of {@code staffTerritories}
     */
    public Viewer {
        moderatedNeighbourhoods = moderatedNeighbourhoods == null ? Set.of() : Set.copyOf(moderatedNeighbourhoods);
        staffTerritories = staffTerritories == null ? Set.of() : Set.copyOf(staffTerritories);
        staffNeighbourhoods = staffNeighbourhoods == null ? Set.of() : Set.copyOf(staffNeighbourhoods);
    }

    /** A viewer who is not staff limited to some territories. */
    public Viewer(long id, Role role, ResidentStatus status, Long neighbourhoodId, Long territoryId,
            Set<Long> moderatedNeighbourhoods, boolean barred) {
        this(id, role, status, neighbourhoodId, territoryId, moderatedNeighbourhoods, barred, Set.of(), Set.of());
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

    /** Staff limited to some territories (administrators never are). */
    public boolean limitedStaff() {
        return role == Role.STAFF && !staffTerritories.isEmpty();
    }

    /**
     * Staff who see and act in this territory's admin and moderation pages: administrators and global staff
     * everywhere, staff limited to some territories only there. THE one rule for "staff here".
     */
    public boolean staffOf(Long territory) {
        return staff() && (!limitedStaff() || (territory != null && staffTerritories.contains(territory)));
    }

    /** {@link #staffOf} for the territory of this neighbourhood. */
    public boolean staffOfNeighbourhood(Long neighbourhood) {
        return staff() && (!limitedStaff() || (neighbourhood != null && staffNeighbourhoods.contains(neighbourhood)));
    }

    /** Address proven and not suspended nor banned: may read members-only content and act as a member. */
    public boolean verified() {
        return signedIn() && status == ResidentStatus.VERIFIED && !barred;
    }

    /** A verified member of this neighbourhood, or staff: reads what its members read. */
    public boolean isMemberOf(Long neighbourhood) {
        return staffOfNeighbourhood(neighbourhood) || (verified() && neighbourhood != null && neighbourhood.equals(neighbourhoodId));
    }

    /** A verified member of a neighbourhood of this territory, or staff. */
    public boolean isMemberOfTerritory(Long territory) {
        return staffOf(territory) || (verified() && territory != null && territory.equals(territoryId));
    }

    /**
     * Staff, or a moderator of this neighbourhood (and not sanctioned): sees its hidden content and decides on it. The
     * one rule for "moderates this neighbourhood".
     */
    public boolean moderates(Long neighbourhood) {
        if (staffOfNeighbourhood(neighbourhood)) {
            return true;
        }
        return signedIn() && !barred && role == Role.MODERATOR && neighbourhood != null
                && moderatedNeighbourhoods.contains(neighbourhood);
    }

    /**
     * Whether this viewer reads nothing of the members-only territory given (empty: an open one, nothing kept from
     * anyone): neither a verified member there nor its staff. Asked with {@code Neighbourhoods.membersOnlyTerritory}.
     */
    public boolean keptOutOf(java.util.Optional<Long> membersOnlyTerritory) {
        return membersOnlyTerritory.filter(t -> !isMemberOfTerritory(t)).isPresent();
    }

    /**
     * Of these members-only territories, those this viewer may read nothing of (neither a verified member there nor
     * its staff), for lists to leave out in SQL ({@code territory_id not in :shutOut}). Never empty: with none, an id
     * no territory has ({@code -1}), so that the statement stays valid.
     */
    public Set<Long> shutOutOf(java.util.Collection<Long> membersOnlyTerritories) {
        Set<Long> shut = membersOnlyTerritories.stream().filter(t -> !isMemberOfTerritory(t))
                .collect(java.util.stream.Collectors.toSet());
        return shut.isEmpty() ? Set.of(-1L) : Set.copyOf(shut);
    }

    public boolean is(long residentId) {
        return signedIn() && id == residentId;
    }
}
