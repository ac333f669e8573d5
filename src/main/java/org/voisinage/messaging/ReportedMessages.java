package org.voisinage.messaging;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Residents;
import org.voisinage.common.NotFoundException;
import org.voisinage.moderation.AuditTrail;
import org.voisinage.moderation.ContentRef;
import org.voisinage.moderation.ContentType;
import org.voisinage.moderation.Moderation;
import org.voisinage.moderation.Reports;

/** Moderators read a private message only through a report, and every reading is written to the audit trail. */
@Service
@Transactional(readOnly = true)
public class ReportedMessages {

    private final MessageRepository messages;
    private final ConversationRepository conversations;
    private final Residents residents;
    private final Reports reports;
    private final AuditTrail auditTrail;
    private final Moderation moderation;

    ReportedMessages(MessageRepository messages, ConversationRepository conversations, Residents residents,
            Reports reports, AuditTrail auditTrail, Moderation moderation) {
        this.messages = messages;
        this.conversations = conversations;
        this.residents = residents;
        this.reports = reports;
        this.auditTrail = auditTrail;
        this.moderation = moderation;
    }

    /**
     * The reported message, read by a moderator; logged.
     *
     * @throws NotFoundException when the message does not exist, nobody reported it, or the moderator does not
     *         moderate its author's neighbourhood (where its case is queued)
     */
    @Transactional
    public ReportedMessage read(long messageId, long moderatorId) {
        Message message = messages.findById(messageId).orElseThrow(() -> new NotFoundException("message", messageId));
        if (reports.count(new ContentRef(ContentType.MESSAGE, messageId)) == 0) {
            throw new NotFoundException("message", messageId);
        }
        Long neighbourhoodId = residents.find(message.getAuthorId()).map(ResidentView::neighbourhoodId).orElse(null);
        if (!moderation.scopeOf(moderatorId).covers(neighbourhoodId)) {
            throw new NotFoundException("message", messageId);
        }
        auditTrail.record(moderatorId, "messaging.read", "message:" + messageId, "reported message");
        Conversation conversation = conversations.findById(message.getConversationId())
                .orElseThrow(() -> new NotFoundException("message", messageId));
        long recipientId = conversation.other(message.getAuthorId());
        String authorName = residents.find(message.getAuthorId()).map(ResidentView::displayName).orElse("?");
        return new ReportedMessage(Conversations.view(message, moderatorId, authorName), conversation.getId(),
                recipientId, residents.find(recipientId).map(ResidentView::displayName).orElse("?"));
    }
}
