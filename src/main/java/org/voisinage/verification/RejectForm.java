package org.voisinage.verification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why staff refuse a resident's proof; the resident reads it. */
public record RejectForm(
        @NotBlank(message = "{verification.reject.reason.required}")
        @Size(min = 10, max = 1000, message = "{verification.reject.reason.size}") String reason) {}
