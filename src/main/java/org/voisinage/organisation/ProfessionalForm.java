package org.voisinage.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A resident recommends a local professional who is not a registered organisation. */
record ProfessionalForm(
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.tooLong}") String name,
        @NotBlank(message = "{validation.required}") @Size(max = 80, message = "{validation.tooLong}") String trade,
        @Size(max = 200, message = "{validation.tooLong}") String contact,
        @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.tooLong}") String text) {

    static ProfessionalForm empty() {
        return new ProfessionalForm("", "", "", "");
    }
}
