package org.voisinage.suggestion;

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

/** A need or suggestion a resident raised for their neighbourhood or building. */
@Entity
class Suggestion implements Hideable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long authorId;
    private long neighbourhoodId;
    private String building;
    private String title;
    private String text;

    @Enumerated(EnumType.STRING)
    private SuggestionCategory category;

    @Enumerated(EnumType.STRING)
    private SuggestionStatus status;

    private int supports;

    /** The collective challenge staff turned it into (the challenge module's id), or null. */
    private Long challengeId;
    /** Whether moderators hide it, since when and why (its author is shown why). */
    @Embedded
    private HiddenState hidden = new HiddenState();
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    /** The member of staff who raised it on an assisted resident's behalf; null when the resident did. */
    private Long enteredBy;

    protected Suggestion() {}

    Suggestion(long authorId, long neighbourhoodId, SuggestionForm form, Instant now, Long enteredBy) {
        this.enteredBy = enteredBy;
        this.authorId = authorId;
        this.neighbourhoodId = neighbourhoodId;
        this.building = form.building() == null || form.building().isBlank() ? null : form.building().strip();
        this.title = form.title().strip();
        this.text = form.text().strip();
        this.category = form.category();
        this.status = SuggestionStatus.NEW;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void answer(SuggestionStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    @Override
    public HiddenState hiddenState() {
        return hidden = HiddenState.orVisible(hidden);
    }

    void redact(String text) { this.text = text; }

    /** Staff turned it into a collective challenge; once only. */
    void becameChallenge(long challengeId, Instant now) {
        if (this.challengeId != null) {
            throw org.voisinage.common.Refusal.conflict("suggestion.challenge.already");
        }
        this.challengeId = challengeId;
        this.updatedAt = now;
    }

    Long getChallengeId() { return challengeId; }

    Long getId() { return id; }
    long getAuthorId() { return authorId; }
    Long getEnteredBy() { return enteredBy; }
    long getNeighbourhoodId() { return neighbourhoodId; }
    String getBuilding() { return building; }
    String getTitle() { return title; }
    String getText() { return text; }
    SuggestionCategory getCategory() { return category; }
    SuggestionStatus getStatus() { return status; }
    int getSupports() { return supports; }
    Instant getCreatedAt() { return createdAt; }
    Instant getUpdatedAt() { return updatedAt; }
}
