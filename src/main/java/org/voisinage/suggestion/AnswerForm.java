package org.voisinage.suggestion;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A staff answer: a status (required, with a clear message when missing) and a message. */
public record AnswerForm(
        @NotNull(message = "{suggestion.answer.status.required}") SuggestionStatus status,
        @NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.tooLong}") String message) {

    public static AnswerForm empty() {
        return new AnswerForm(null, "");
    }
}
