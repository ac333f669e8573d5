package org.voisinage.verification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the verification audit: who was verified or rejected, how, by whom (null: automatically). */
@Entity
@Table(name = "verification_audit")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long residentId;
    private Long actorId;

    @Enumerated(EnumType.STRING)
    private VerificationMethod method;

    @Enumerated(EnumType.STRING)
    private AuditOutcome outcome;

    private String reason;
    private Instant createdAt;

    protected AuditEntry() {}

    AuditEntry(long residentId, Long actorId, VerificationMethod method, AuditOutcome outcome, String reason) {
        this.residentId = residentId;
        this.actorId = actorId;
        this.method = method;
        this.outcome = outcome;
        this.reason = reason;
        this.createdAt = Instant.now();
    }

    Long getId() { return id; }
    long getResidentId() { return residentId; }
    Long getActorId() { return actorId; }
    VerificationMethod getMethod() { return method; }
    AuditOutcome getOutcome() { return outcome; }
    String getReason() { return reason; }
    Instant getCreatedAt() { return createdAt; }
}
