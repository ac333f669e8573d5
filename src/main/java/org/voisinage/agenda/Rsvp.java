package org.voisinage.agenda;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A resident's answer to an event; the waitlist is ordered by {@code respondedAt}, then id. */
@Entity
@Table(name = "agenda_rsvp")
class Rsvp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long eventId;
    private long residentId;

    @Enumerated(EnumType.STRING)
    private RsvpStatus status;

    private Instant respondedAt;
    /** The member of staff who entered the last answer on an assisted resident's behalf; null when they answered. */
    private Long enteredBy;
    /** The start time the resident was reminded of (null: not yet). */
    private Instant remindedFor;

    protected Rsvp() {}

    Rsvp(long eventId, long residentId, RsvpStatus status, Instant respondedAt, Long enteredBy) {
        this.eventId = eventId;
        this.residentId = residentId;
        this.status = status;
        this.respondedAt = respondedAt;
        this.enteredBy = enteredBy;
    }

    /** A new answer takes its place at the end of the waitlist: the answer time is the time of the last answer. */
    void answer(RsvpStatus status, Instant now, Long enteredBy) {
        this.status = status;
        this.respondedAt = now;
        this.enteredBy = enteredBy;
    }

    /** Moved up from the waitlist: keeps its answer time. */
    void promote() {
        this.status = RsvpStatus.GOING;
    }

    /** Reminded of the event starting at this time: not again unless it moves. */
    void reminded(Instant startsAt) {
        this.remindedFor = startsAt;
    }

    Long getId() { return id; }
    long getEventId() { return eventId; }
    long getResidentId() { return residentId; }
    RsvpStatus getStatus() { return status; }
    Instant getRespondedAt() { return respondedAt; }
    Long getEnteredBy() { return enteredBy; }
    Instant getRemindedFor() { return remindedFor; }
}
