package org.voisinage.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** For an address in no neighbourhood yet: who to tell when one opens. */
public record WaitlistForm(
        @NotBlank(message = "{validation.required}") @Size(max = 64) String addressId,
        @NotBlank(message = "{validation.required}") @Size(min = 2, max = 80, message = "{validation.size}") String displayName,
        @NotBlank(message = "{validation.required}") @Email(message = "{validation.email}")
        @Size(max = 254, message = "{validation.tooLong}") String email) {}
