package org.voisinage.messaging;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.voisinage.common.Refusal;

/**
 * A private conversation between two residents, optionally about a subject (a listing). The pair is kept lowest id
 * first, so there is one conversation per pair and subject whoever starts it. It also carries the exchange it
 * arranges: one side marks it done (saying who gave), the other confirms.
 */
@Entity
class Conversation {

    /** "No subject" in the unique index. */
    static final String NO_SUBJECT = "";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long residentLow;
    private long residentHigh;
    private String subjectType;
    private long subjectId;
    private long startedBy;
    private Instant createdAt;
    private Instant lastMessageAt;
    private Long doneBy;
    private Long giverId;
    private Instant doneAt;
    private Instant confirmedAt;
    private long lowReadMessageId;
    private long highReadMessageId;
    private Instant lowEmailedAt;
    private Instant highEmailedAt;

    @Version
    private long version;

    protected Conversation() {}

    Conversation(long startedBy, long other, String subjectType, Long subjectId, Instant now) {
        if (startedBy == other) {
            throw new IllegalArgumentException("A conversation needs two residents");
        }
        this.residentLow = Math.min(startedBy, other);
        this.residentHigh = Math.max(startedBy, other);
        this.subjectType = subjectType == null ? NO_SUBJECT : subjectType;
        this.subjectId = subjectId == null ? 0 : subjectId;
        this.startedBy = startedBy;
        this.createdAt = now;
        this.lastMessageAt = now;
    }

    boolean isParticipant(long residentId) {
        return residentId == residentLow || residentId == residentHigh;
    }

    long other(long residentId) {
        return residentId == residentLow ? residentHigh : residentLow;
    }

    boolean hasSubject() {
        return !NO_SUBJECT.equals(subjectType);
    }

    void messageSent(Instant at) {
        lastMessageAt = at;
    }

    /** Moves the resident's read marker forward (never back: an older page read later changes nothing). */
    void readUpTo(long residentId, long messageId) {
        if (residentId == residentLow) {
            lowReadMessageId = Math.max(lowReadMessageId, messageId);
        } else if (residentId == residentHigh) {
            highReadMessageId = Math.max(highReadMessageId, messageId);
        }
    }

    long readMarkerOf(long residentId) {
        return residentId == residentLow ? lowReadMessageId : highReadMessageId;
    }

    /** Whether the resident may be emailed about a new message now: not in the hour after the last email. */
    boolean mayEmail(long residentId, Instant now) {
        Instant last = residentId == residentLow ? lowEmailedAt : highEmailedAt;
        return last == null || !last.plusSeconds(3600).isAfter(now);
    }

    void emailed(long residentId, Instant at) {
        if (residentId == residentLow) {
            lowEmailedAt = at;
        } else {
            highEmailedAt = at;
        }
    }

    ExchangeState exchangeState() {
        if (!hasSubject()) {
            return ExchangeState.NONE;
        }
        if (confirmedAt != null) {
            return ExchangeState.CONFIRMED;
        }
        return doneBy == null ? ExchangeState.OPEN : ExchangeState.MARKED_DONE;
    }

    /**
     * One side says the exchange took place, and who gave: the other must confirm.
     *
     * @throws Refusal without a subject, or when already marked
     */
    void markDone(long by, boolean iGave, Instant now) {
        if (exchangeState() != ExchangeState.OPEN) {
            throw Refusal.conflict("messaging.exchange.refused.notOpen");
        }
        doneBy = by;
        giverId = iGave ? by : other(by);
        doneAt = now;
    }

    /**
     * The other side confirms.
     *
     * @throws Refusal when not marked done, or by the one who marked it
     */
    void confirm(long by, Instant now) {
        if (exchangeState() != ExchangeState.MARKED_DONE || doneBy == by) {
            throw Refusal.conflict("messaging.exchange.refused.notToConfirm");
        }
        confirmedAt = now;
    }

    Long getId() { return id; }
    long getResidentLow() { return residentLow; }
    long getResidentHigh() { return residentHigh; }
    String getSubjectType() { return subjectType; }
    long getSubjectId() { return subjectId; }
    long getStartedBy() { return startedBy; }
    Instant getCreatedAt() { return createdAt; }
    Instant getLastMessageAt() { return lastMessageAt; }
    Long getDoneBy() { return doneBy; }
    Long getGiverId() { return giverId; }
    Instant getConfirmedAt() { return confirmedAt; }
}
