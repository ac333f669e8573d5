package org.voisinage.messaging;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Residents;
import org.voisinage.moderation.ContentRef;
import org.voisinage.moderation.ContentSnapshot;
import org.voisinage.moderation.ContentType;
import org.voisinage.moderation.ModeratedContent;

/**
 * Messages for moderation. Only the two residents of a conversation see its messages (and so may report one);
 * moderators read a reported message on {@code /moderation/messages/{id}}, which logs the reading.
 */
@Component
@Transactional(readOnly = true)
class MessageModeration implements ModeratedContent {

    private final MessageRepository messages;
    private final ConversationRepository conversations;
    private final Residents residents;
    private final Clock clock;

    MessageModeration(MessageRepository messages, ConversationRepository conversations, Residents residents,
            Clock clock) {
        this.messages = messages;
        this.conversations = conversations;
        this.residents = residents;
        this.clock = clock;
    }

    @Override
    public ContentType type() {
        return ContentType.MESSAGE;
    }

    @Override
    public Optional<ContentSnapshot> snapshot(long id) {
        return messages.findById(id).map(message -> new ContentSnapshot(new ContentRef(ContentType.MESSAGE, id),
                message.getAuthorId(),
                residents.find(message.getAuthorId()).map(ResidentView::neighbourhoodId).orElse(null), null,
                message.getBody(), "/moderation/messages/" + id, message.isHidden()));
    }

    @Override
    public boolean visibleTo(long id, long residentId) {
        return messages.findById(id)
                .filter(message -> !message.isHidden() || message.getAuthorId() == residentId)
                .flatMap(message -> conversations.findById(message.getConversationId()))
                .map(conversation -> conversation.isParticipant(residentId)).orElse(false);
    }

    @Override
    @Transactional
    public void hide(long id, String reason) {
        messages.findById(id).ifPresent(message -> message.hide(reason, clock.instant()));
    }

    @Override
    @Transactional
    public void restore(long id) {
        messages.findById(id).ifPresent(Message::restore);
    }

    @Override
    @Transactional
    public void redact(long id, String text) {
        messages.findById(id).ifPresent(message -> message.redact(text));
    }
}
