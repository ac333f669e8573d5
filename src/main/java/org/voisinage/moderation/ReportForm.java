package org.voisinage.moderation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A resident's report: a reason, and words (required for OTHER). */
public record ReportForm(@NotNull(message = "{moderation.report.reason.required}") ReportReason reason,
        @Size(max = 1000, message = "{moderation.report.details.size}") String details) {

    public static ReportForm empty() {
        return new ReportForm(null, null);
    }

    public boolean lacksDetails() {
        return reason == ReportReason.OTHER && (details == null || details.isBlank());
    }
}
