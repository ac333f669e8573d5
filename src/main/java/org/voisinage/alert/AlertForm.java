package org.voisinage.alert;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The guided alert form: what happened, where, when, what neighbours should do. For a person (missing, or a
 * suspicious situation) {@code behaviour} is required and {@code clothing} asked: what they did and wore.
 */
public record AlertForm(
        @NotNull(message = "{validation.required}") AlertCategory category,
        @NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.tooLong}") String what,
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String location,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String happened,
        @NotBlank(message = "{validation.required}") @Size(max = 1000, message = "{validation.tooLong}") String advice,
        @Size(max = 1000, message = "{validation.tooLong}") String behaviour,
        @Size(max = 500, message = "{validation.tooLong}") String clothing) {

    public static AlertForm empty() {
        return new AlertForm(null, "", "", "", "", "", "");
    }
}
