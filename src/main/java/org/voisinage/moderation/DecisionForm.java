package org.voisinage.moderation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A moderator's decision on a case, with the version of the case they saw (optimistic locking).
 *
 * @param text for REDACT: the content's text with personal data edited out
 * @param days for SUSPEND: how long
 */
public record DecisionForm(@NotNull(message = "{moderation.decision.version.required}") Long version,
        @NotNull(message = "{moderation.decision.required}") Decision decision,
        @Size(max = 2000, message = "{moderation.decision.reason.size}") String reason,
        @Size(max = 20000, message = "{moderation.decision.text.size}") String text,
        @Min(value = 1, message = "{moderation.decision.days.range}") @Max(value = 365, message = "{moderation.decision.days.range}") Integer days) {

    public static DecisionForm of(long version) {
        return new DecisionForm(version, null, null, null, null);
    }
}
