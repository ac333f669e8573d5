package org.voisinage.messaging;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Residents;
import org.voisinage.common.NotFoundException;
import org.voisinage.moderation.AuditTrail;
import org.voisinage.moderation.ContentRef;
import org.voisinage.moderation.ContentType;
import org.voisinage.moderation.Moderation;
import org.voisinage.moderation.ModeratorScope;
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
     * The reported message, read by staff or by a moderator of the neighbourhood of one of the two residents of the
     * conversation; logged.
     *
     * @throws NotFoundException when the message does not exist, nobody reported it, or the reader moderates neither
     *         resident's neighbourhood (a private message is not shown to be there)
     */
    @Transactional
    public ReportedMessage read(long messageId, long moderatorId) {
        Message message = messages.findById(messageId).orElseThrow(() -> new NotFoundException("message", messageId));
        if (reports.count(new ContentRef(ContentType.MESSAGE, messageId)) == 0) {
            throw new NotFoundException("message", messageId);
        }
        Conversation conversation = conversations.findById(message.getConversationId())
                .orElseThrow(() -> new NotFoundException("message", messageId));
        long recipientId = conversation.other(message.getAuthorId());
        Map<Long, ResidentView> people = residents.findAll(List.of(message.getAuthorId(), recipientId));
        ModeratorScope scope = moderation.scopeOf(moderatorId);
        if (people.values().stream().noneMatch(person -> scope.covers(person.neighbourhoodId()))) {
            throw new NotFoundException("message", messageId);
        }
        auditTrail.record(moderatorId, "messaging.read", "message:" + messageId, "reported message");
        return new ReportedMessage(MessageView.of(message, moderatorId, nameOf(people, message.getAuthorId())),
                conversation.getId(), recipientId, nameOf(people, recipientId));
    }

    private static String nameOf(Map<Long, ResidentView> people, long id) {
        ResidentView person = people.get(id);
        return person == null ? "?" : person.displayName();
    }
}
