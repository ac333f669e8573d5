package org.voisinage.verification;

import java.time.Instant;

/** A member register line for the staff page. */
public record MemberEntryView(String memberNumber, String name, String address, String addressId, Instant importedAt) {

    static MemberEntryView of(MemberRegisterEntry e) {
        return new MemberEntryView(e.getMemberNumber(), e.getName(),
                e.getNumber() + " " + e.getStreet() + ", " + e.getPostcode() + " " + e.getTown(), e.getAddressId(),
                e.getImportedAt());
    }
}
