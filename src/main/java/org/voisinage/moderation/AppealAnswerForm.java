package org.voisinage.moderation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A moderator's answer to an appeal: accept (the sanction is lifted) or reject, with words for the resident. */
public record AppealAnswerForm(@NotNull(message = "{moderation.decision.version.required}") Long version,
        @NotNull(message = "{moderation.appeal.accept.required}") Boolean accept,
        @NotBlank(message = "{moderation.appeal.answer.required}") @Size(max = 2000, message = "{moderation.decision.reason.size}") String answer) {}
