package org.voisinage.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The forms of private requests; each comes back filled with its translated errors. */
final class RequestForms {

    private RequestForms() {}

    record NewRequestForm(@NotNull(message = "{validation.required}") RequestCategory category,
            @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.tooLong}") String subject,
            @NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.tooLong}") String body) {}

    record MessageForm(@NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.tooLong}")
            String body) {}

    /** Staff: the status, and whether they take the request (assigned to them) or leave it unassigned. */
    record HandleForm(@NotNull(message = "{validation.required}") RequestStatus status, Boolean mine) {}
}
