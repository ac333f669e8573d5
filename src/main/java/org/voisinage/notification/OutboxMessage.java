package org.voisinage.notification;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * One email of the outbox, as rendered when it was queued, with its secrets (link tokens, unsubscribe keys)
 * masked: what staff may read. The bodies of a sent email are erased after a while ({@code bodiesErasedAt}).
 */
public record OutboxMessage(long id, String recipient, Locale locale, String subject, String textBody,
        String htmlBody, Map<String, String> headers, String messageId, OutboxStatus status, int attempts,
        Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt, Instant bodiesErasedAt) {

    /** Staff may ask for another attempt at an email that failed or waits for its next attempt. */
    public boolean isRetryable() {
        return status == OutboxStatus.FAILED || (status == OutboxStatus.QUEUED && attempts > 0);
    }
}
