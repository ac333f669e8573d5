package org.voisinage.notification;

import java.time.Instant;

/** A line of staff's outbox list (no bodies). */
public record OutboxSummary(long id, String recipient, String subject, OutboxStatus status, int attempts,
        Instant createdAt, Instant sentAt) {}
