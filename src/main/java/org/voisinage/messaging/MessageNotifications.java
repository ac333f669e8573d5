package org.voisinage.messaging;

import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentDetails;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Residents;
import org.voisinage.notification.Email;
import org.voisinage.notification.Outbox;

/**
 * Emails about unread messages: at most one per conversation per hour to each resident, none to those who opted out
 * (their choice, on their profile settings page). Queued in the outbox in the sender's transaction.
 */
@Service
@Transactional(readOnly = true)
public class MessageNotifications {

    private final JdbcClient jdbc;
    private final Residents residents;
    private final Outbox outbox;
    private final Clock clock;

    MessageNotifications(JdbcClient jdbc, Residents residents, Outbox outbox, Clock clock) {
        this.jdbc = jdbc;
        this.residents = residents;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Whether the resident wants an email about new messages (yes unless they said no). */
    public boolean emailsWanted(long residentId) {
        return jdbc.sql("select email_notifications from messaging_preference where resident_id = ?")
                .param(residentId).query(Boolean.class).optional().orElse(true);
    }

    @Transactional
    public void setEmailsWanted(long residentId, boolean wanted) {
        jdbc.sql("""
                insert into messaging_preference (resident_id, email_notifications) values (?, ?)
                on conflict (resident_id) do update set email_notifications = excluded.email_notifications""")
                .params(residentId, wanted).update();
    }

    /** A message was sent in the conversation: tell its recipient, unless emailed in the last hour or opted out. */
    @Transactional
    void messageSent(Conversation conversation, Message message, ResidentView sender) {
        long recipientId = conversation.other(message.getAuthorId());
        if (!conversation.mayEmail(recipientId, clock.instant()) || !emailsWanted(recipientId)) {
            return;
        }
        ResidentDetails recipient = residents.details(recipientId).orElse(null);
        if (recipient == null || recipient.email() == null) {
            return;
        }
        conversation.emailed(recipientId, clock.instant());
        outbox.queue(Email.to(recipient.email(), recipient.locale(),
                        "messaging/email/new-message", "messaging.email.subject", sender.displayName())
                .with("senderName", sender.displayName())
                .with("conversationPath", "/messages/" + conversation.getId())
                .with("settingsPath", "/compte/profil")
                .messageId("message-" + message.getId() + "-to-" + recipientId));
    }
}
