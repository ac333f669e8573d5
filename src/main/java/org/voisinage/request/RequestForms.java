package org.voisinage.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;
import org.voisinage.common.PhotoUpload;

/** The forms of private requests; each comes back filled with its translated errors (files are chosen again). */
final class RequestForms {

    private RequestForms() {}

    /** @param photos optional, {@value StaffRequests#MAX_PHOTOS} at most */
    record NewRequestForm(@NotNull(message = "{validation.required}") RequestCategory category,
            @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.tooLong}") String subject,
            @NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.tooLong}") String body,
            List<MultipartFile> photos) {

        NewRequestForm(RequestCategory category, String subject, String body) {
            this(category, subject, body, null);
        }

        List<PhotoUpload> uploads() {
            return uploads(photos);
        }

        /** The files actually chosen (a form without a file sends one empty part), as commands for the service. */
        static List<PhotoUpload> uploads(List<MultipartFile> photos) {
            return photos == null ? List.of() : photos.stream().filter(p -> p != null && !p.isEmpty())
                    .map(p -> new PhotoUpload(p.getSize(), p::getInputStream)).toList();
        }
    }

    /** A message of the thread (the resident's, staff's answer or note), with its photos. */
    record MessageForm(@NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.tooLong}")
            String body, List<MultipartFile> photos) {

        MessageForm(String body) {
            this(body, null);
        }

        List<PhotoUpload> uploads() {
            return NewRequestForm.uploads(photos);
        }
    }

    /** Staff: the status, and whether they take the request (assigned to them) or leave it unassigned. */
    record HandleForm(@NotNull(message = "{validation.required}") RequestStatus status, Boolean mine) {}
}
