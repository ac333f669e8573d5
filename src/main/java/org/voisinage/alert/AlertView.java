package org.voisinage.alert;

import java.time.Instant;

/**
 * An alert as pages show it.
 *
 * @param current shown at the top of the neighbourhood's page now
 * @param hiddenReason why moderators hid it, for its author only (null otherwise)
 */
public record AlertView(long id, long neighbourhoodId, AlertCategory category, String what, String location,
        String happened, String advice, String behaviour, String clothing, String authorName, Instant createdAt,
        Instant expiresAt, Instant resolvedAt, Instant retractedAt, String retractionReason, boolean current,
        boolean mine, boolean canRetract, String hiddenReason) {}
