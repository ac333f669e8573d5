package org.voisinage.challenge;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Staff say whether the target kept its word, with an optional note. */
public record ConclusionForm(@NotNull(message = "{challenge.conclusion.choose}") Boolean fulfilled,
        @Size(max = 2000, message = "{validation.tooLong}") String note) {

    static ConclusionForm empty() {
        return new ConclusionForm(null, "");
    }
}
