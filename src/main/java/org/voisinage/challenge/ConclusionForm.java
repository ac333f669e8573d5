package org.voisinage.challenge;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.web.multipart.MultipartFile;
import org.voisinage.common.Photos;
import org.voisinage.common.Refusal;

/**
 * Staff say whether the target kept its word, with an optional note and an optional photo (checked by
 * content, size and dimensions when stored). The web's shape of a {@link Conclusion}.
 */
public record ConclusionForm(@NotNull(message = "{challenge.conclusion.choose}") Boolean fulfilled,
        @Size(max = 2000, message = "{validation.tooLong}") String note, MultipartFile photo) {

    static ConclusionForm empty() {
        return new ConclusionForm(null, "", null);
    }

    /**
     * The conclusion as the service takes it, once the form is valid. The photo is read here, at most one byte past
     * {@link Photos#MAX_BYTES}: a larger file is still refused as too large, without reading all of it.
     *
     * @throws Refusal on "photo" when the upload cannot be read
     */
    Conclusion conclusion() {
        return new Conclusion(fulfilled, note, hasPhoto() ? upload(photo) : null);
    }

    private boolean hasPhoto() {
        return photo != null && !photo.isEmpty();
    }

    private static PhotoUpload upload(MultipartFile photo) {
        try (InputStream in = photo.getInputStream()) {
            return new PhotoUpload(in.readNBytes((int) Photos.MAX_BYTES + 1), photo.getContentType(),
                    photo.getOriginalFilename());
        } catch (IOException e) {
            throw Refusal.invalid("photo", "common.photo.unreadable");
        }
    }
}
