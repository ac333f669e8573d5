package org.voisinage.account;

import java.time.Instant;

/** A person as other modules and pages see them. */
public record ResidentView(long id, String displayName, String email, Role role, ResidentStatus status,
        Long neighbourhoodId, String streetLabel, Instant createdAt, Instant verifiedAt) {

    static ResidentView of(Resident r) {
        return new ResidentView(r.getId(), r.getDisplayName(), r.getEmail(), r.getRole(), r.getStatus(),
                r.getNeighbourhoodId(), r.getStreetLabel(), r.getCreatedAt(), r.getVerifiedAt());
    }

    /** The same person under another name (a deleted account's "former neighbour"). */
    ResidentView named(String name) {
        return new ResidentView(id, name, email, role, status, neighbourhoodId, streetLabel, createdAt, verifiedAt);
    }

    public boolean verified() {
        return status == ResidentStatus.VERIFIED;
    }

    public boolean staff() {
        return role == Role.STAFF || role == Role.ADMIN;
    }

    /** May read the members-only part of a neighbourhood: its verified members, and staff. */
    public boolean isMemberOf(long neighbourhoodId) {
        return staff() || (verified() && this.neighbourhoodId != null && this.neighbourhoodId == neighbourhoodId);
    }
}
