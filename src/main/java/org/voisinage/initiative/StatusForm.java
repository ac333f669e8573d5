package org.voisinage.initiative;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The organisers move the initiative on; abandoning it needs a reason. */
public record StatusForm(@NotNull(message = "{validation.required}") InitiativeStatus status,
        @Size(max = 1000, message = "{validation.tooLong}") String reason) {

    public static StatusForm empty() {
        return new StatusForm(null, "");
    }
}
