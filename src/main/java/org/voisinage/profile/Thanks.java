package org.voisinage.profile;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.voisinage.common.HiddenState;
import org.voisinage.common.Hideable;

/** A short public thanks from one side of a confirmed exchange to the other. */
@Entity
class Thanks implements Hideable {

    static final int MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long conversationId;
    private long authorId;
    private long recipientId;
    private String text;
    private Instant createdAt;
    /** Whether moderators hide it, since when and why (its author is shown why). */
    @Embedded
    private HiddenState hidden = new HiddenState();

    protected Thanks() {}

    Thanks(long conversationId, long authorId, long recipientId, String text, Instant createdAt) {
        this.conversationId = conversationId;
        this.authorId = authorId;
        this.recipientId = recipientId;
        this.text = text;
        this.createdAt = createdAt;
    }

    @Override
    public HiddenState hiddenState() {
        return hidden = HiddenState.orVisible(hidden);
    }

    void redact(String redacted) {
        text = redacted.length() > MAX_LENGTH ? redacted.substring(0, MAX_LENGTH) : redacted;
    }

    Long getId() { return id; }
    long getConversationId() { return conversationId; }
    long getAuthorId() { return authorId; }
    long getRecipientId() { return recipientId; }
    String getText() { return text; }
    Instant getCreatedAt() { return createdAt; }
}
