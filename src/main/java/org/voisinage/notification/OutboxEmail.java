package org.voisinage.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.voisinage.notification.internal.EmailSecrets;
import org.voisinage.notification.internal.HeaderLines;

/** A rendered email in the outbox and its delivery state: claimed, sent, or failed and retried with backoff. */
@Entity
class OutboxEmail {

    static final int LAST_ERROR_LENGTH = 1000;
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration LONGEST_RETRY = Duration.ofHours(6);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String recipient;
    private String locale;
    private String subject;
    private String bodyText;
    private String bodyHtml;
    private String headers;
    private String messageId;
    /** The secrets the stored texts hold placeholders for, encrypted; null once sent (see EmailSecrets). */
    private String sealedSecrets;

    @Enumerated(EnumType.STRING)
    private OutboxStatus status;

    private int attempts;
    private Instant nextAttemptAt;
    private String lastError;
    private Instant createdAt;
    private Instant sentAt;
    private Instant bodiesErasedAt;

    protected OutboxEmail() {}

    OutboxEmail(String recipient, Locale locale, String subject, String bodyText, String bodyHtml, String headers,
            String messageId, Instant now) {
        this(recipient, locale, subject, bodyText, bodyHtml, headers, messageId, null, now);
    }

    OutboxEmail(String recipient, Locale locale, String subject, String bodyText, String bodyHtml, String headers,
            String messageId, String sealedSecrets, Instant now) {
        this.recipient = recipient;
        this.locale = locale.toLanguageTag();
        this.subject = subject;
        this.bodyText = bodyText;
        this.bodyHtml = bodyHtml;
        this.headers = headers;
        this.messageId = messageId;
        this.sealedSecrets = sealedSecrets;
        this.status = OutboxStatus.QUEUED;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** A sender takes the email; until {@code leaseUntil} no other sender will. */
    void claim(Instant leaseUntil) {
        status = OutboxStatus.SENDING;
        attempts++;
        nextAttemptAt = leaseUntil;
    }

    void sent(Instant now) {
        status = OutboxStatus.SENT;
        sentAt = now;
        nextAttemptAt = null;
        lastError = null;
        sealedSecrets = null;
    }

    /** After a failed attempt: again later (1, 2, 4... minutes, at most 6 hours), or FAILED for good. */
    void failed(String error, Instant now, int maxAttempts) {
        lastError = truncate(error);
        if (attempts >= maxAttempts) {
            status = OutboxStatus.FAILED;
            nextAttemptAt = null;
        } else {
            status = OutboxStatus.QUEUED;
            nextAttemptAt = now.plus(backoff(attempts));
        }
    }

    /** Staff's "retry now": a fresh set of attempts, starting at once. Sent or in-flight emails are left alone. */
    boolean retryNow(Instant now) {
        if (status == OutboxStatus.SENT || status == OutboxStatus.SENDING) {
            return false;
        }
        status = OutboxStatus.QUEUED;
        attempts = 0;
        nextAttemptAt = now;
        return true;
    }

    static Duration backoff(int failedAttempts) {
        if (failedAttempts >= 10) {
            return LONGEST_RETRY; // 2^9 minutes is already past the cap; avoids shifting into overflow
        }
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.max(0, failedAttempts - 1));
        return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
    }

    private static String truncate(String error) {
        String text = error == null ? "unknown error" : error;
        return text.length() <= LAST_ERROR_LENGTH ? text : text.substring(0, LAST_ERROR_LENGTH - 1) + "\u2026";
    }

    /** As anyone but the recipient may read it: its secrets masked. */
    OutboxMessage toMessage() {
        return new OutboxMessage(id, recipient, Locale.forLanguageTag(locale), subject, EmailSecrets.masked(bodyText),
                EmailSecrets.masked(bodyHtml), HeaderLines.parse(EmailSecrets.masked(headers)), messageId, status,
                attempts, nextAttemptAt, lastError, createdAt, sentAt, bodiesErasedAt);
    }

    Long getId() { return id; }
    String getRecipient() { return recipient; }
    Locale getLocale() { return Locale.forLanguageTag(locale); }
    String getSubject() { return subject; }
    String getBodyText() { return bodyText; }
    String getBodyHtml() { return bodyHtml; }
    String getHeaders() { return headers; }
    String getMessageId() { return messageId; }
    String getSealedSecrets() { return sealedSecrets; }
    OutboxStatus getStatus() { return status; }
    int getAttempts() { return attempts; }
    Instant getNextAttemptAt() { return nextAttemptAt; }
    String getLastError() { return lastError; }
    Instant getCreatedAt() { return createdAt; }
    Instant getSentAt() { return sentAt; }
}
