package org.voisinage.initiative;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** News posted by an initiative's organisers, in Markdown; its members and followers hear of it. */
@Entity
class InitiativeUpdate extends HideableRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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
}
