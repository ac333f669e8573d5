package org.voisinage.alert;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why staff or a moderator retract an alert: told to everyone who received it. */
public record RetractForm(
        @NotBlank(message = "{validation.required}") @Size(max = 1000, message = "{validation.tooLong}") String reason) {

    public static RetractForm empty() {
        return new RetractForm("");
    }
}
