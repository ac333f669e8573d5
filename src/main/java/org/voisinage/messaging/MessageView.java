package org.voisinage.messaging;

import java.time.Instant;

/**
 * A message as a conversation page shows it.
 *
 * @param hiddenReason set when moderators hid it (only its author sees it then)
 */
public record MessageView(long id, long authorId, String authorName, boolean mine, String body, Instant sentAt,
        String hiddenReason) {

    public boolean hidden() {
        return hiddenReason != null;
    }

    static MessageView of(Message message, long viewerId, String authorName) {
        return new MessageView(message.getId(), message.getAuthorId(), authorName, message.getAuthorId() == viewerId,
                message.getBody(), message.getSentAt(), message.isHidden() ? message.getHiddenReason() : null);
    }
}
