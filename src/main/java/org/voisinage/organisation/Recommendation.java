package org.voisinage.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.voisinage.common.HiddenState;
import org.voisinage.common.Hideable;

/** A resident recommends an organisation or a local professional (exactly one of them), once per target. */
@Entity
class Recommendation implements Hideable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long residentId;
    private Long organisationId;
    private Long professionalId;
    private String text;

    @Column(updatable = false)
    private Instant createdAt;

    /** Whether moderators hide it, since when and why (its author is shown why). */
    @Embedded
    private HiddenState hidden = new HiddenState();

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

    @Override
    public HiddenState hiddenState() {
        return hidden = HiddenState.orVisible(hidden);
    }

    void redact(String text) {
        this.text = text;
    }

    Long getId() { return id; }
    long getResidentId() { return residentId; }
    Long getOrganisationId() { return organisationId; }
    Long getProfessionalId() { return professionalId; }
    String getText() { return text; }
    Instant getCreatedAt() { return createdAt; }
}
