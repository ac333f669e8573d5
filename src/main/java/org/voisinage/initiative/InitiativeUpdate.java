package org.voisinage.initiative;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.voisinage.common.HiddenState;
import org.voisinage.common.Hideable;

/** News posted by an initiative's organisers, in Markdown; its members and followers hear of it. */
@Entity
class InitiativeUpdate implements Hideable {

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
    private Instant postedAt;

    protected InitiativeUpdate() {}

    InitiativeUpdate(long initiativeId, long authorId, String authorName, String body, Instant now) {
        this.initiativeId = initiativeId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.body = body;
        this.postedAt = now;
    }

    void redact(String text) {
        this.body = text;
    }

    Long getId() { return id; }
    long getInitiativeId() { return initiativeId; }
    long getAuthorId() { return authorId; }
    String getAuthorName() { return authorName; }
    String getBody() { return body; }
    Instant getPostedAt() { return postedAt; }

    @Override
    public HiddenState hiddenState() {
        return hidden = HiddenState.orVisible(hidden);
    }
}
