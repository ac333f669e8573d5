package org.voisinage.assisted;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The forms of an assisted resident's page (each names its fields apart: they share one page). */
final class AssistedForms {

    private AssistedForms() {}

    /** A pledge to one of the open challenges the resident may pledge to. */
    record PledgeChoice(@NotNull(message = "{validation.required}") Long challengeId) {}

    /** An answer to one of the coming events of the resident's neighbourhood. */
    record RsvpChoice(@NotNull(message = "{validation.required}") Long eventId,
            @NotNull(message = "{validation.required}") Boolean going) {}

    /** The email the person gave, to take the account over. */
    record TakeoverForm(@NotBlank(message = "{validation.required}") @Email(message = "{validation.email}")
            @Size(max = 254, message = "{validation.tooLong}") String takeoverEmail) {}
}
