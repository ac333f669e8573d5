package org.voisinage.account;

import java.time.Instant;
import java.util.Locale;

/**
 * A person's full record, for staff pages and for modules acting on their behalf (letters, emails).
 *
 * @param assisted an assisted account (made by staff, no email of its own yet): never emailed, cannot sign in
 */
public record ResidentDetails(long id, String displayName, String email, Role role, ResidentStatus status,
        Long neighbourhoodId, String addressId, String streetLabel, String flat, String memberNumber, Locale locale,
        Instant emailConfirmedAt, Instant createdAt, Instant verifiedAt, java.util.Set<Long> moderatedNeighbourhoods,
        boolean assisted) {

    static ResidentDetails of(Resident r) {
        return new ResidentDetails(r.getId(), r.getDisplayName(), r.getEmail(), r.getRole(), r.getStatus(),
                r.getNeighbourhoodId(), r.getAddressId(), r.getStreetLabel(), r.getFlat(), r.getMemberNumber(),
                r.getLocale(), r.getEmailConfirmedAt(), r.getCreatedAt(), r.getVerifiedAt(),
                r.getModeratedNeighbourhoods(), r.isAssisted());
    }

    /** The same record under another name (a deleted account's "former neighbour"). */
    ResidentDetails named(String name) {
        return new ResidentDetails(id, name, email, role, status, neighbourhoodId, addressId, streetLabel, flat,
                memberNumber, locale, emailConfirmedAt, createdAt, verifiedAt, moderatedNeighbourhoods, assisted);
    }
}
