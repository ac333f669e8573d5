package org.voisinage.suggestion;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** A need or suggestion a resident raised for their neighbourhood or building. */
@Entity
class Suggestion {

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
    private String hiddenReason;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Suggestion() {}

    Suggestion(long authorId, long neighbourhoodId, SuggestionForm form, Instant now) {
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

    boolean isHidden() { return hiddenReason != null; }
    void hide(String reason) { this.hiddenReason = reason == null || reason.isBlank() ? "-" : reason.strip(); }
    void restore() { this.hiddenReason = null; }
    void redact(String text) { this.text = text; }

    Long getId() { return id; }
    long getAuthorId() { return authorId; }
    long getNeighbourhoodId() { return neighbourhoodId; }
    String getBuilding() { return building; }
    String getTitle() { return title; }
    String getText() { return text; }
    SuggestionCategory getCategory() { return category; }
    SuggestionStatus getStatus() { return status; }
    int getSupports() { return supports; }
    String getHiddenReason() { return hiddenReason; }
    Instant getCreatedAt() { return createdAt; }
    Instant getUpdatedAt() { return updatedAt; }
}
