package org.voisinage.verification;

import java.time.Instant;

/** An audit line as staff pages show it; {@code actorName} is null when the system acted. */
public record AuditView(long id, long residentId, String residentName, Long actorId, String actorName,
        VerificationMethod method, AuditOutcome outcome, String reason, Instant createdAt) {}
