package org.voisinage.challenge;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The target's answer (through its signed link, or recorded by staff). */
public record AnswerForm(@NotNull(message = "{challenge.answer.choose}") Boolean accepted,
        @Size(max = 2000, message = "{validation.tooLong}") String message) {

    static AnswerForm empty() {
        return new AnswerForm(null, "");
    }
}
