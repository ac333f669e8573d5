package org.voisinage.challenge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A responsible commitment a person can make ("sort my bio-waste"), proposed by a resident or staff. */
@Entity
@Table(name = "challenge_action")
class Action {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;
    private String description;

    @Enumerated(EnumType.STRING)
    private Theme theme;

    @Enumerated(EnumType.STRING)
    private ActionStatus status;

    private Long proposedBy;
    private Long mergedIntoId;
    private String declineReason;

    @Column(updatable = false, insertable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Action() {}

    Action(String title, String description, Theme theme, Long proposedBy, boolean published) {
        this.title = title;
        this.description = description;
        this.theme = theme;
        this.proposedBy = proposedBy;
        this.status = published ? ActionStatus.PUBLISHED : ActionStatus.PROPOSED;
    }

    void publish() {
        requireProposed();
        status = ActionStatus.PUBLISHED;
    }

    void mergeInto(Action other) {
        requireProposed();
        if (other.status != ActionStatus.PUBLISHED || other.id.equals(id)) {
            throw new IllegalStateException("merge into a published action");
        }
        status = ActionStatus.MERGED;
        mergedIntoId = other.id;
    }

    void decline(String reason) {
        requireProposed();
        status = ActionStatus.DECLINED;
        declineReason = reason;
    }

    private void requireProposed() {
        if (status != ActionStatus.PROPOSED) {
            throw new IllegalStateException("action " + id + " was already decided: " + status);
        }
    }

    ActionView toView() {
        return new ActionView(id, title, description, theme, status, mergedIntoId, declineReason, createdAt);
    }

    Long getId() { return id; }
    String getTitle() { return title; }
    Theme getTheme() { return theme; }
    ActionStatus getStatus() { return status; }
}
