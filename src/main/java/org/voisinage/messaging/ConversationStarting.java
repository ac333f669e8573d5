package org.voisinage.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Residents;
import org.voisinage.account.Viewer;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;

/**
 * Starting a conversation, from a subject or a profile. It starts only with a verified resident the starter may see
 * ({@link ResidentReach}, the profile module's rule) or about a subject the starter may see
 * ({@link ConversationSubject#maySee}), never with someone blocked or barred; a newcomer starts a few a day at most.
 * Two residents have one conversation per subject: starting it again adds to it.
 */
@Service
@Transactional(readOnly = true)
public class ConversationStarting {

    /** A resident verified less than this long ago is a newcomer... */
    static final Duration NEWCOMER_PERIOD = Duration.ofDays(7);
    /** ...and may start at most this many new conversations a day. */
    static final int NEWCOMER_DAILY_CONVERSATIONS = 5;

    private final ConversationRepository conversations;
    private final Residents residents;
    private final ConversationSubjects subjects;
    // asked lazily: the profile module's rule itself asks whether two residents have talked
    private final ObjectProvider<ResidentReach> reach;
    private final MessageSending sending;
    private final JdbcClient jdbc;
    private final Clock clock;

    ConversationStarting(ConversationRepository conversations, Residents residents, ConversationSubjects subjects,
            ObjectProvider<ResidentReach> reach, MessageSending sending, JdbcClient jdbc, Clock clock) {
        this.conversations = conversations;
        this.residents = residents;
        this.subjects = subjects;
        this.reach = reach;
        this.sending = sending;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Checks that {@code me} may write to the resident behind a subject ({@code subjectType} and {@code subjectId})
     * or to a resident ({@code residentId}, from their profile), and says what the first-message page shows.
     *
     * @throws NotFoundException when the subject or resident does not exist, or is beyond the starter's reach (a
     *         subject they may not see, a resident whose profile they may not see): nothing of it is shown
     * @throws Refusal when a rule refuses it (not verified, blocked, barred, newcomer limit...)
     */
    public NewConversation prepare(long me, String subjectType, Long subjectId, Long residentId) {
        ResidentView sender = residents.get(me);
        Viewer starter = residents.viewer(me);
        SubjectSummary subject = null;
        long otherId;
        if (subjectType != null && !subjectType.isBlank()) {
            subject = subjects.find(subjectType, subjectId)
                    .orElseThrow(() -> new NotFoundException(subjectType, subjectId == null ? 0 : subjectId));
            otherId = subject.authorId();
        } else if (residentId != null) {
            otherId = residentId;
        } else {
            throw new Refusal(Refusal.Kind.INVALID, null, "messaging.refused.noRecipient");
        }
        ResidentView other = residents.find(otherId).filter(ResidentView::verified)
                .orElseThrow(() -> new NotFoundException("resident", otherId));
        if (!sender.verified() && otherId != me) {
            // said before anything about the other side: the refusal names nobody
            throw Refusal.forbidden("messaging.refused.notVerified");
        }
        boolean withinReach = subject != null ? subjects.maySee(starter, subject)
                : reach.getObject().maySee(starter, otherId);
        if (!withinReach) {
            throw subject != null ? new NotFoundException(subject.type(), subject.id())
                    : new NotFoundException("resident", otherId);
        }
        if (otherId == me) {
            throw Refusal.conflict("messaging.refused.self");
        }
        Optional<Conversation> existing = conversations.between(me, otherId, subject);
        if (existing.isPresent()) {
            return new NewConversation(otherId, other.displayName(), subject, existing.get().getId());
        }
        if (subject != null && !subject.contactable()) {
            throw Refusal.forbidden("messaging.refused.subjectClosed");
        }
        sending.refuseIfCannotWrite(me, otherId);
        if (isNewcomer(sender) && conversations.countByStartedByAndCreatedAtAfter(me,
                clock.instant().minus(Duration.ofDays(1))) >= NEWCOMER_DAILY_CONVERSATIONS) {
            throw Refusal.limited("messaging.refused.newcomerLimit");
        }
        return new NewConversation(otherId, other.displayName(), subject, null);
    }

    /**
     * Starts the conversation with its first message, or adds the message to the conversation these two already
     * have about it.
     *
     * @return the conversation's id
     */
    @Transactional
    public long start(long me, String subjectType, Long subjectId, Long residentId, String text) {
        NewConversation prepared = prepare(me, subjectType, subjectId, residentId);
        long conversationId;
        if (prepared.existingId() != null) {
            conversationId = prepared.existingId();
        } else {
            conversationId = create(me, prepared.otherId(), prepared.subject());
        }
        sending.send(conversationId, me, text);
        return conversationId;
    }

    /**
     * Inserts the conversation, or finds the one the other side (or a second click) created at the same moment:
     * the unique index on the pair and subject decides, without failing the transaction.
     */
    private long create(long me, long otherId, SubjectSummary subject) {
        Conversation conversation = new Conversation(me, otherId, subject == null ? null : subject.type(),
                subject == null ? null : subject.id(), clock.instant());
        return jdbc.sql("""
                insert into conversation (resident_low, resident_high, subject_type, subject_id, started_by, created_at,
                                          last_message_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (resident_low, resident_high, subject_type, subject_id) do nothing returning id""")
                .params(conversation.getResidentLow(), conversation.getResidentHigh(), conversation.getSubjectType(),
                        conversation.getSubjectId(), me, Timestamp.from(conversation.getCreatedAt()),
                        Timestamp.from(conversation.getCreatedAt()))
                .query(Long.class).optional()
                .orElseGet(() -> conversations.between(me, otherId, subject).orElseThrow().getId());
    }

    private boolean isNewcomer(ResidentView resident) {
        return resident.verifiedAt() != null
                && resident.verifiedAt().isAfter(clock.instant().minus(NEWCOMER_PERIOD));
    }
}
