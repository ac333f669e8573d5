package org.voisinage.challenge;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;

/**
 * Staff say whether the target kept its word, with an optional note and an optional photo (checked by
 * content, size and dimensions when stored).
 */
public record ConclusionForm(@NotNull(message = "{challenge.conclusion.choose}") Boolean fulfilled,
        @Size(max = 2000, message = "{validation.tooLong}") String note, MultipartFile photo) {

    static ConclusionForm empty() {
        return new ConclusionForm(null, "", null);
    }

    boolean hasPhoto() {
        return photo != null && !photo.isEmpty();
    }
}
