package org.voisinage.alert;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.voisinage.common.HiddenState;
import org.voisinage.common.Hideable;

/** An urgent alert a resident sent to their neighbourhood. */
@Entity
class Alert implements Hideable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long authorId;
    private long neighbourhoodId;

    @Enumerated(EnumType.STRING)
    private AlertCategory category;

    private String what;
    private String location;
    private String happened;
    private String advice;
    private String behaviour;
    private String clothing;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant resolvedAt;
    private Instant retractedAt;
    private Long retractedBy;
    private String retractionReason;
    /** Whether moderators hide it, since when and why (its author is shown why). */
    @Embedded
    private HiddenState hidden = new HiddenState();

    @Version
    private long version;

    protected Alert() {}

    Alert(long authorId, long neighbourhoodId, AlertForm form, Instant now, Instant expiresAt) {
        this.authorId = authorId;
        this.neighbourhoodId = neighbourhoodId;
        this.category = form.category();
        this.what = form.what().strip();
        this.location = form.location().strip();
        this.happened = form.happened().strip();
        this.advice = form.advice().strip();
        this.behaviour = blankToNull(form.behaviour());
        this.clothing = blankToNull(form.clothing());
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Shown at the top of the neighbourhood's page: not expired, resolved, retracted nor hidden. */
    boolean isCurrent(Instant now) {
        return resolvedAt == null && retractedAt == null && !isHidden() && expiresAt.isAfter(now);
    }

    boolean isRetracted() { return retractedAt != null; }

    void resolve(Instant now) {
        if (resolvedAt == null) {
            resolvedAt = now;
        }
    }

    void retract(long actorId, String reason, Instant now) {
        this.retractedAt = now;
        this.retractedBy = actorId;
        this.retractionReason = reason.strip();
    }

    @Override
    public HiddenState hiddenState() {
        return hidden = HiddenState.orVisible(hidden);
    }

    void redact(String text) { this.what = text; }

    Long getId() { return id; }
    long getAuthorId() { return authorId; }
    long getNeighbourhoodId() { return neighbourhoodId; }
    AlertCategory getCategory() { return category; }
    String getWhat() { return what; }
    String getLocation() { return location; }
    String getHappened() { return happened; }
    String getAdvice() { return advice; }
    String getBehaviour() { return behaviour; }
    String getClothing() { return clothing; }
    Instant getCreatedAt() { return createdAt; }
    Instant getExpiresAt() { return expiresAt; }
    Instant getResolvedAt() { return resolvedAt; }
    Instant getRetractedAt() { return retractedAt; }
    String getRetractionReason() { return retractionReason; }
}
