package org.voisinage.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Residents;
import org.voisinage.account.Viewer;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;

/**
 * The messaging module's API: starting conversations (from a subject or a profile), reading and writing them,
 * completing the exchange they arrange. A conversation exists only for its two residents: for anyone else it is
 * not found. It starts only with a resident the starter may see ({@link ResidentReach}, the profile module's rule)
 * or about a subject the starter may see ({@link ConversationSubject#maySee}); a subject's title is shown only to
 * those who may see it.
 */
@Service
@Transactional(readOnly = true)
public class Conversations {

    /** Messages per page of a conversation. */
    public static final int PAGE_SIZE = 30;
    /** A resident verified less than this long ago is a newcomer... */
    static final Duration NEWCOMER_PERIOD = Duration.ofDays(7);
    /** ...and may start at most this many new conversations a day. */
    static final int NEWCOMER_DAILY_CONVERSATIONS = 5;

    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final Residents residents;
    private final Blocks blocks;
    private final MessageNotifications notifications;
    private final Map<String, ConversationSubject> subjects;
    // asked lazily: the profile module's rule itself asks whether two residents have talked
    private final ObjectProvider<ResidentReach> reach;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    Conversations(ConversationRepository conversations, MessageRepository messages, Residents residents, Blocks blocks,
            MessageNotifications notifications, ObjectProvider<ConversationSubject> subjects,
            ObjectProvider<ResidentReach> reach, ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.residents = residents;
        this.blocks = blocks;
        this.notifications = notifications;
        this.subjects = subjects.orderedStream()
                .collect(Collectors.toMap(ConversationSubject::type, Function.identity()));
        this.reach = reach;
        this.events = events;
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
            subject = subject(subjectType, subjectId)
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
        boolean withinReach = subject != null ? subjects.get(subject.type()).maySee(starter, subject.id())
                : reach.getObject().maySee(starter, otherId);
        if (!withinReach) {
            throw subject != null ? new NotFoundException(subject.type(), subject.id())
                    : new NotFoundException("resident", otherId);
        }
        if (otherId == me) {
            throw Refusal.conflict("messaging.refused.self");
        }
        Optional<Conversation> existing = find(me, otherId, subject);
        if (existing.isPresent()) {
            return new NewConversation(otherId, other.displayName(), subject, existing.get().getId());
        }
        if (subject != null && !subject.contactable()) {
            throw Refusal.forbidden("messaging.refused.subjectClosed");
        }
        refuseIfCannotWrite(me, otherId);
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
        send(conversationId, me, text);
        return conversationId;
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
        Conversation conversation = participantOf(conversationId, me);
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
        return view(message, me, sender.displayName());
    }

    /** A page of the conversation (0: the latest messages); reading the latest page marks the conversation read. */
    @Transactional
    public ConversationPage page(long conversationId, long me, int page) {
        Conversation conversation = participantOf(conversationId, me);
        int number = Math.min(Math.max(page, 0), 100_000);
        List<Message> shown = new ArrayList<>(messages.newestFirst(conversationId, me, PageRequest.of(number, PAGE_SIZE)));
        // asked even for a short page, so a page runs the same statements however long the conversation
        boolean hasOlder = !shown.isEmpty() && messages.hasOlder(conversationId, shown.get(shown.size() - 1).getId(), me);
        if (number == 0 && !shown.isEmpty()) {
            conversation.readUpTo(me, shown.get(0).getId());
        }
        Collections.reverse(shown);
        long otherId = conversation.other(me);
        String myName = residents.get(me).displayName();
        String otherName = residents.find(otherId).map(ResidentView::displayName).orElse("?");
        // a subject now beyond the reader's reach (hidden, or they moved away) is shown as no subject at all;
        // the reader is read whether or not there is a subject, so every page runs the same statements
        Viewer reader = residents.viewer(me);
        SubjectSummary subject = conversation.hasSubject()
                ? subject(conversation.getSubjectType(), conversation.getSubjectId())
                        .filter(s -> subjects.get(s.type()).maySee(reader, s.id())).orElse(null)
                : null;
        boolean iBlocked = blocks.hasBlocked(me, otherId);
        boolean readOnly = iBlocked || blocks.hasBlocked(otherId, me) || residents.isBarred(otherId)
                || residents.isBarred(me);
        List<MessageView> views = shown.stream()
                .map(m -> view(m, me, m.getAuthorId() == me ? myName : otherName)).toList();
        Long doneBy = conversation.getDoneBy();
        Long giver = conversation.getGiverId();
        return new ConversationPage(conversationId, otherId, otherName, subject, views, number, hasOlder, readOnly,
                iBlocked, conversation.exchangeState(), doneBy != null && doneBy == me, giver != null && giver == me);
    }

    /** The resident's conversations: those with unread messages first, then the latest first. */
    public Page<InboxRow> inbox(long me, Pageable pageable) {
        long total = jdbc.sql("select count(*) from conversation where resident_low = ? or resident_high = ?")
                .params(me, me).query(Long.class).single();
        record Row(long id, long otherId, String subjectType, long subjectId, Instant lastMessageAt, long unread) {}
        List<Row> rows = jdbc.sql("""
                select * from (
                    select c.id, case when c.resident_low = :me then c.resident_high else c.resident_low end as other_id,
                           c.subject_type, c.subject_id, c.last_message_at,
                           (select count(*) from message m
                             where m.conversation_id = c.id and m.author_id <> :me and m.hidden_at is null
                               and m.id > case when c.resident_low = :me then c.low_read_message_id
                                               else c.high_read_message_id end) as unread
                    from conversation c where c.resident_low = :me or c.resident_high = :me) inbox
                order by unread > 0 desc, last_message_at desc, id desc
                limit :limit offset :offset""")
                .param("me", me).param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("other_id"), rs.getString("subject_type"),
                        rs.getLong("subject_id"), rs.getTimestamp("last_message_at").toInstant(), rs.getLong("unread")))
                .list();
        // the other residents' names in one query, and the subjects in one query per type of subject
        Map<Long, ResidentView> others = residents.findAll(rows.stream().map(Row::otherId).toList());
        Map<String, Set<Long>> subjectIds = new HashMap<>();
        for (Row row : rows) {
            if (subjects.containsKey(row.subjectType())) {
                subjectIds.computeIfAbsent(row.subjectType(), type -> new HashSet<>()).add(row.subjectId());
            }
        }
        Map<String, Map<Long, SubjectSummary>> subjectsByType = new HashMap<>();
        if (!subjectIds.isEmpty()) {
            // titles only of the subjects the reader may see now
            Viewer reader = residents.viewer(me);
            subjectIds.forEach((type, ids) -> {
                Set<Long> visible = subjects.get(type).visibleAmong(reader, ids);
                Map<Long, SubjectSummary> found = new HashMap<>(subjects.get(type).findAll(ids));
                found.keySet().retainAll(visible);
                subjectsByType.put(type, found);
            });
        }
        List<InboxRow> inbox = rows.stream().map(row -> {
            ResidentView other = others.get(row.otherId());
            SubjectSummary subject = subjectsByType.getOrDefault(row.subjectType(), Map.of()).get(row.subjectId());
            return new InboxRow(row.id(), row.otherId(), other == null ? "?" : other.displayName(),
                    subject == null ? null : subject.title(), row.lastMessageAt(), row.unread());
        }).toList();
        return new PageImpl<>(inbox, pageable, total);
    }

    /** Messages sent to the resident that they have not read yet (the header's count): one query. */
    public long unreadCount(long me) {
        return jdbc.sql("""
                select count(*) from conversation c join message m on m.conversation_id = c.id
                where ((c.resident_low = :me and m.id > c.low_read_message_id)
                       or (c.resident_high = :me and m.id > c.high_read_message_id))
                  and m.author_id <> :me and m.hidden_at is null""")
                .param("me", me).query(Long.class).single();
    }

    /** One side says the exchange took place and whether they gave ({@code iGave}) or received. */
    @Transactional
    public void markDone(long conversationId, long me, boolean iGave) {
        participantOf(conversationId, me).markDone(me, iGave, clock.instant());
    }

    /** The other side confirms: publishes {@link ExchangeCompleted}. */
    @Transactional
    public void confirm(long conversationId, long me) {
        Conversation conversation = participantOf(conversationId, me);
        conversation.confirm(me, clock.instant());
        long giver = conversation.getGiverId();
        boolean service = subject(conversation.getSubjectType(), conversation.getSubjectId())
                .map(SubjectSummary::service).orElse(false);
        events.publishEvent(new ExchangeCompleted(conversationId, conversation.getSubjectType(),
                conversation.getSubjectId(), giver, conversation.other(giver), service));
    }

    /** Whether these two residents have a conversation (about anything). */
    public boolean haveTalked(long one, long other) {
        return one != other && conversations.existsByResidentLowAndResidentHigh(Math.min(one, other),
                Math.max(one, other));
    }

    /** Whether {@code me} may start a conversation with {@code otherId} now (contact buttons). */
    public boolean mayContact(long me, long otherId) {
        return me != otherId && !blocks.eitherBlocked(me, otherId) && !residents.isBarred(otherId);
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
                .orElseGet(() -> find(me, otherId, subject).orElseThrow().getId());
    }

    private void refuseIfCannotWrite(long me, long otherId) {
        if (blocks.eitherBlocked(me, otherId)) {
            throw Refusal.forbidden("messaging.refused.blocked");
        }
        if (residents.isBarred(otherId) || residents.isBarred(me)) {
            throw Refusal.forbidden("messaging.refused.barred");
        }
    }

    private boolean isNewcomer(ResidentView resident) {
        return resident.verifiedAt() != null
                && resident.verifiedAt().isAfter(clock.instant().minus(NEWCOMER_PERIOD));
    }

    private Optional<Conversation> find(long me, long otherId, SubjectSummary subject) {
        return conversations.findByResidentLowAndResidentHighAndSubjectTypeAndSubjectId(Math.min(me, otherId),
                Math.max(me, otherId), subject == null ? Conversation.NO_SUBJECT : subject.type(),
                subject == null ? 0 : subject.id());
    }

    private Optional<SubjectSummary> subject(String type, Long id) {
        ConversationSubject subjects = this.subjects.get(type);
        return subjects == null || id == null ? Optional.empty() : subjects.find(id);
    }

    /** The conversation, when {@code me} is one of its two residents; for anyone else it does not exist. */
    private Conversation participantOf(long conversationId, long me) {
        return conversations.findById(conversationId).filter(c -> c.isParticipant(me))
                .orElseThrow(() -> new NotFoundException("conversation", conversationId));
    }

    static MessageView view(Message message, long viewerId, String authorName) {
        return new MessageView(message.getId(), message.getAuthorId(), authorName, message.getAuthorId() == viewerId,
                message.getBody(), message.getSentAt(), message.isHidden() ? message.getHiddenReason() : null);
    }
}
