package org.voisinage.initiative;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.voisinage.common.HiddenState;
import org.voisinage.common.Hideable;
import org.voisinage.common.Refusal;

/** A message in an initiative's discussion, in Markdown. Its author may edit it for a short while, or delete it. */
@Entity
@Table(name = "initiative_comment")
class Comment implements Hideable {

    /** How long after writing a comment its author may still change it. */
    static final Duration EDIT_WINDOW = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Whether moderators hide it, since when and why (its author is shown why). */
    @Embedded
    private HiddenState hidden = new HiddenState();

    private long initiativeId;
    private long authorId;
    private String authorName;
    private String body;
    private Instant createdAt;
    private Instant editedAt;

    protected Comment() {}

    Comment(long initiativeId, long authorId, String authorName, String body, Instant now) {
        this.initiativeId = initiativeId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.body = body;
        this.createdAt = now;
    }

    boolean isEditableBy(long residentId, Instant now) {
        return authorId == residentId && now.isBefore(createdAt.plus(EDIT_WINDOW));
    }

    /** @throws Refusal when someone else's, or written more than 15 minutes ago */
    void edit(long residentId, String body, Instant now) {
        if (authorId != residentId) {
            throw Refusal.forbidden("initiative.comment.notYours");
        }
        if (!isEditableBy(residentId, now)) {
            throw Refusal.invalid("body", "initiative.comment.editTooLate");
        }
        this.body = body;
        this.editedAt = now;
    }

    void redact(String text) {
        this.body = text;
    }

    Long getId() { return id; }
    long getInitiativeId() { return initiativeId; }
    long getAuthorId() { return authorId; }
    String getAuthorName() { return authorName; }
    String getBody() { return body; }
    Instant getCreatedAt() { return createdAt; }
    Instant getEditedAt() { return editedAt; }

    @Override
    public HiddenState hiddenState() {
        return hidden = HiddenState.orVisible(hidden);
    }
}
