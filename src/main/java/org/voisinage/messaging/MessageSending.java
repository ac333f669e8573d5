package org.voisinage.messaging;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Residents;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;

/**
 * Messages written in a conversation by one of its two residents, unless one blocked the other or either is barred;
 * the recipient is notified.
 */
@Service
@Transactional(readOnly = true)
public class MessageSending {

    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final Residents residents;
    private final Blocks blocks;
    private final MessageNotifications notifications;
    private final Clock clock;

    MessageSending(ConversationRepository conversations, MessageRepository messages, Residents residents,
            Blocks blocks, MessageNotifications notifications, Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.residents = residents;
        this.blocks = blocks;
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * Adds a message.
     *
     * @throws NotFoundException when {@code me} is not one of the two residents
     * @throws Refusal when the text is empty or too long, or when one blocked the other, or
     *         either is barred
     */
    @Transactional
    public MessageView send(long conversationId, long me, String text) {
        Conversation conversation = conversations.participantOf(conversationId, me);
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.length() > Message.MAX_LENGTH) {
            throw new Refusal(Refusal.Kind.INVALID, null, "messaging.message.invalid");
        }
        long otherId = conversation.other(me);
        refuseIfCannotWrite(me, otherId);
        Instant now = clock.instant();
        Message message = messages.saveAndFlush(new Message(conversationId, me, body, now));
        conversation.messageSent(now);
        conversation.readUpTo(me, message.getId());
        ResidentView sender = residents.get(me);
        notifications.messageSent(conversation, message, sender);
        return MessageView.of(message, me, sender.displayName());
    }

    /** @throws Refusal (forbidden) when one blocked the other, or either is barred */
    void refuseIfCannotWrite(long me, long otherId) {
        if (blocks.eitherBlocked(me, otherId)) {
            throw Refusal.forbidden("messaging.refused.blocked");
        }
        if (residents.isBarred(otherId) || residents.isBarred(me)) {
            throw Refusal.forbidden("messaging.refused.barred");
        }
    }
}
