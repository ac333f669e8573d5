package org.voisinage.organisation;

import jakarta.validation.constraints.Size;

/** Staff link a verified resident: by their email address, or by their id picked from a search. */
record MemberForm(@Size(max = 254, message = "{validation.tooLong}") String memberEmail, Long residentId) {

    static MemberForm empty() {
        return new MemberForm("", null);
    }
}
