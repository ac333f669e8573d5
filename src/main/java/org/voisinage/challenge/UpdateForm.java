package org.voisinage.challenge;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** News staff post on a challenge. */
public record UpdateForm(@NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.tooLong}") String body) {

    static UpdateForm empty() {
        return new UpdateForm("");
    }
}
