package org.voisinage.verification;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A verified resident's word that a pending neighbour lives in the neighbourhood. */
@Entity
@Table(name = "verification_vouch")
class Vouch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long voucherId;
    private long voucheeId;
    private Instant createdAt;

    protected Vouch() {}

    Vouch(long voucherId, long voucheeId) {
        this.voucherId = voucherId;
        this.voucheeId = voucheeId;
        this.createdAt = Instant.now();
    }

    long getVoucherId() { return voucherId; }
    long getVoucheeId() { return voucheeId; }
    Instant getCreatedAt() { return createdAt; }
}
