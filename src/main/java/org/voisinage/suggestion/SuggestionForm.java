package org.voisinage.suggestion;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A need as a resident writes it; {@code building} when it concerns one building only. */
public record SuggestionForm(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String title,
        @NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.tooLong}") String text,
        @NotNull(message = "{validation.required}") SuggestionCategory category,
        @Size(max = 200, message = "{validation.tooLong}") String building) {

    public static SuggestionForm empty() {
        return new SuggestionForm("", "", null, "");
    }
}
