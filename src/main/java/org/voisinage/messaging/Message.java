package org.voisinage.messaging;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.voisinage.common.HiddenState;
import org.voisinage.common.Hideable;

/** One message of a conversation. Moderators may hide it (its author still sees it, with why) or redact it. */
@Entity
class Message implements Hideable {

    static final int MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long conversationId;
    private long authorId;
    private String body;
    private Instant sentAt;
    /** Whether moderators hide it, since when and why (its author is shown why). */
    @Embedded
    private HiddenState hidden = new HiddenState();

    protected Message() {}

    Message(long conversationId, long authorId, String body, Instant sentAt) {
        this.conversationId = conversationId;
        this.authorId = authorId;
        this.body = body;
        this.sentAt = sentAt;
    }

    @Override
    public HiddenState hiddenState() {
        return hidden = HiddenState.orVisible(hidden);
    }

    void redact(String text) {
        body = text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
    }

    Long getId() { return id; }
    long getConversationId() { return conversationId; }
    long getAuthorId() { return authorId; }
    String getBody() { return body; }
    Instant getSentAt() { return sentAt; }
}
