package org.voisinage.challenge;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A resident proposes an action. */
public record ActionForm(
        @NotBlank(message = "{validation.required}") @Size(max = 160, message = "{validation.tooLong}") String title,
        @NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.tooLong}") String description,
        @NotNull(message = "{validation.required}") Theme theme) {

    static ActionForm empty() {
        return new ActionForm("", "", null);
    }
}
