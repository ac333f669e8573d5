package org.voisinage.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A thanks typed after an exchange. */
public record ThanksForm(
        @NotBlank(message = "{profile.thanks.empty}") @Size(max = Thanks.MAX_LENGTH, message = "{profile.thanks.tooLong}") String text) {}
