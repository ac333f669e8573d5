package org.voisinage.verification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why staff keep a member the register no longer lists; kept in the audit. */
public record KeepForm(
        @NotBlank(message = "{verification.leavers.keep.reason.required}")
        @Size(max = 1000, message = "{validation.tooLong}") String reason) {}
