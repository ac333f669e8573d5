package org.voisinage.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A resident recommends an organisation or a local professional (exactly one of them), once per target. */
@Entity
class Recommendation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long residentId;
    private Long organisationId;
    private Long professionalId;
    private String text;

    @Column(updatable = false)
    private Instant createdAt;

    private Instant hiddenAt;
    private String hiddenReason;

    protected Recommendation() {}

    private Recommendation(long residentId, Long organisationId, Long professionalId, String text, Instant now) {
        this.residentId = residentId;
        this.organisationId = organisationId;
        this.professionalId = professionalId;
        this.text = text.strip();
        this.createdAt = now;
    }

    static Recommendation ofOrganisation(long residentId, long organisationId, String text, Instant now) {
        return new Recommendation(residentId, organisationId, null, text, now);
    }

    static Recommendation ofProfessional(long residentId, long professionalId, String text, Instant now) {
        return new Recommendation(residentId, null, professionalId, text, now);
    }

    void hide(String reason, Instant now) {
        this.hiddenAt = now;
        this.hiddenReason = reason;
    }

    void restore() {
        this.hiddenAt = null;
        this.hiddenReason = null;
    }

    void redact(String text) {
        this.text = text;
    }

    boolean isHidden() {
        return hiddenAt != null;
    }

    Long getId() { return id; }
    long getResidentId() { return residentId; }
    Long getOrganisationId() { return organisationId; }
    Long getProfessionalId() { return professionalId; }
    String getText() { return text; }
    Instant getCreatedAt() { return createdAt; }
    String getHiddenReason() { return hiddenReason; }
}
