package org.voisinage.messaging;

import org.springframework.stereotype.Component;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Residents;
import org.voisinage.common.SiteClock;
import org.voisinage.moderation.ContentType;
import org.voisinage.moderation.ModeratedRows;

/**
 * Messages for moderation. Only the two residents of a conversation see its messages (and so may report one);
 * moderators read a reported message on {@code /moderation/messages/{id}}, which logs the reading.
 */
@Component
class MessageModeration extends ModeratedRows<Message> {

    private final ConversationRepository conversations;
    private final Residents residents;

    MessageModeration(MessageRepository messages, ConversationRepository conversations, Residents residents,
            SiteClock clock) {
        super(ContentType.MESSAGE, messages::findById, Message::redact, clock);
        this.conversations = conversations;
        this.residents = residents;
    }

    @Override
    protected Summary summary(Message message) {
        return new Summary(message.getAuthorId(),
                residents.find(message.getAuthorId()).map(ResidentView::neighbourhoodId).orElse(null), null,
                message.getBody(), "/moderation/messages/" + message.getId());
    }

    @Override
    protected boolean seenBy(Message message, long residentId) {
        return (!message.isHidden() || message.getAuthorId() == residentId)
                && conversations.findById(message.getConversationId())
                        .map(conversation -> conversation.isParticipant(residentId)).orElse(false);
    }
}
