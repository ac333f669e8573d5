package org.voisinage.challenge;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A resident's pledge to a challenge; one per resident and challenge (unique key). */
@Entity
@Table(name = "challenge_pledge")
class Pledge {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long challengeId;
    private long residentId;
    private Instant pledgedAt;
    /** The member of staff who entered it on an assisted resident's behalf; null when the resident pledged. */
    private Long enteredBy;

    protected Pledge() {}

    Pledge(long challengeId, long residentId, Instant pledgedAt, Long enteredBy) {
        this.challengeId = challengeId;
        this.residentId = residentId;
        this.pledgedAt = pledgedAt;
        this.enteredBy = enteredBy;
    }
}
