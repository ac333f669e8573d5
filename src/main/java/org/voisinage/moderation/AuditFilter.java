package org.voisinage.moderation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The audit log's filters, all optional: the actor's email, an action code or its start ("moderation."), and
 * a range of days (both included).
 */
public record AuditFilter(
        @Email(message = "{moderation.audit.actor.invalid}") @Size(max = 254, message = "{moderation.audit.actor.invalid}") String actor,
        @Size(max = 60, message = "{moderation.audit.action.invalid}") @Pattern(regexp = "[a-z_.-]*", message = "{moderation.audit.action.invalid}") String action,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null);
    }

    public boolean endsBeforeItStarts() {
        return from != null && to != null && to.isBefore(from);
    }
}
