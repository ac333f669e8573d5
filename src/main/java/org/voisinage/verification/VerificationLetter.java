package org.voisinage.verification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.voisinage.verification.internal.LetterCodes;

/** A letter posted to a pending resident, carrying a one-time code of which only a salted hash is kept. */
@Entity
@Table(name = "verification_letter")
class VerificationLetter {

    static final Duration VALIDITY = Duration.ofDays(30);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long residentId;
    private UUID batchId;
    private String codeSalt;
    private String codeHash;

    @Enumerated(EnumType.STRING)
    private LetterStatus status;

    private Long createdBy;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant sentAt;
    private Instant closedAt;

    @Version
    private long version;

    protected VerificationLetter() {}

    VerificationLetter(long residentId, UUID batchId, String codeSalt, String codeHash, Long createdBy) {
        this.residentId = residentId;
        this.batchId = batchId;
        this.codeSalt = codeSalt;
        this.codeHash = codeHash;
        this.createdBy = createdBy;
        this.status = LetterStatus.GENERATED;
        this.createdAt = Instant.now();
        this.expiresAt = createdAt.plus(VALIDITY);
    }

    boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    boolean accepts(String normalisedCode) {
        return LetterCodes.matches(normalisedCode, codeSalt, codeHash);
    }

    void markSent() {
        if (status == LetterStatus.GENERATED) {
            status = LetterStatus.SENT;
            sentAt = Instant.now();
        }
    }

    void markUsed() {
        status = LetterStatus.USED;
        closedAt = Instant.now();
    }

    void revoke() {
        if (status.active()) {
            status = LetterStatus.REVOKED;
            closedAt = Instant.now();
        }
    }

    Long getId() { return id; }
    long getResidentId() { return residentId; }
    UUID getBatchId() { return batchId; }
    LetterStatus getStatus() { return status; }
    Instant getCreatedAt() { return createdAt; }
    Instant getExpiresAt() { return expiresAt; }
    Instant getSentAt() { return sentAt; }
    Instant getClosedAt() { return closedAt; }
}
