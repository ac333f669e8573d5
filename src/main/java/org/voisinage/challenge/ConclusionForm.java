package org.voisinage.challenge;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;
import org.voisinage.common.PhotoUpload;

/**
 * Staff say whether the target kept its word, with an optional note and an optional photo (checked by
 * content, size and dimensions when stored). The web's shape of a {@link Conclusion}.
 */
public record ConclusionForm(@NotNull(message = "{challenge.conclusion.choose}") Boolean fulfilled,
        @Size(max = 2000, message = "{validation.tooLong}") String note, MultipartFile photo) {

    static ConclusionForm empty() {
        return new ConclusionForm(null, "", null);
    }

    /** The conclusion as the service takes it, once the form is valid; the photo is read when stored. */
    Conclusion conclusion() {
        return new Conclusion(fulfilled, note,
                photo != null && !photo.isEmpty() ? new PhotoUpload(photo.getSize(), photo::getInputStream) : null);
    }
}
