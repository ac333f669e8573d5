package org.voisinage.messaging;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One message of a conversation. Moderators may hide it (its author still sees it, with why) or redact it. */
@Entity
class Message {

    static final int MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long conversationId;
    private long authorId;
    private String body;
    private Instant sentAt;
    private String hiddenReason;
    private Instant hiddenAt;

    protected Message() {}

    Message(long conversationId, long authorId, String body, Instant sentAt) {
        this.conversationId = conversationId;
        this.authorId = authorId;
        this.body = body;
        this.sentAt = sentAt;
    }

    boolean isHidden() {
        return hiddenAt != null;
    }

    void hide(String reason, Instant at) {
        hiddenReason = reason == null ? "" : reason;
        hiddenAt = at;
    }

    void restore() {
        hiddenReason = null;
        hiddenAt = null;
    }

    void redact(String text) {
        body = text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
    }

    Long getId() { return id; }
    long getConversationId() { return conversationId; }
    long getAuthorId() { return authorId; }
    String getBody() { return body; }
    Instant getSentAt() { return sentAt; }
    String getHiddenReason() { return hiddenReason; }
}
