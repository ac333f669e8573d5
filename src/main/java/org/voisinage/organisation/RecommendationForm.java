package org.voisinage.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A resident's short recommendation text. */
record RecommendationForm(
        @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.tooLong}") String text) {

    static RecommendationForm empty() {
        return new RecommendationForm("");
    }
}
