package org.voisinage.messaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

/**
 * The messaging module's reading API: a resident's inbox and unread count, a conversation's pages, and whether two
 * residents have talked or may. A conversation exists only for its two residents: for anyone else it is not found;
 * a subject's title is shown only to those who may see it. Starting conversations, sending messages and completing
 * exchanges are {@link ConversationStarting}, {@link MessageSending} and {@link ExchangeCompletion}.
 */
@Service
@Transactional(readOnly = true)
public class Conversations {

    /** Messages per page of a conversation. */
    public static final int PAGE_SIZE = 30;

    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final Residents residents;
    private final Blocks blocks;
    private final ConversationSubjects subjects;
    private final JdbcClient jdbc;

    Conversations(ConversationRepository conversations, MessageRepository messages, Residents residents, Blocks blocks,
            ConversationSubjects subjects, JdbcClient jdbc) {
        this.conversations = conversations;
        this.messages = messages;
        this.residents = residents;
        this.blocks = blocks;
        this.subjects = subjects;
        this.jdbc = jdbc;
    }

    /**
     * A page of the conversation (0: the latest messages); reading the latest page marks the conversation read.
     *
     * @throws NotFoundException when {@code me} is not one of the two residents
     */
    @Transactional
    public ConversationPage page(long conversationId, long me, int page) {
        Conversation conversation = conversations.participantOf(conversationId, me);
        int number = Math.min(Math.max(page, 0), 100_000);
        // the page and one message more: whether there are older ones, in the same statement
        List<Message> shown = new ArrayList<>(messages.newestFirst(conversationId, me, pageAndOneMore(number)));
        boolean hasOlder = shown.size() > PAGE_SIZE;
        if (hasOlder) {
            shown.remove(PAGE_SIZE);
        }
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
                ? subjects.find(conversation.getSubjectType(), conversation.getSubjectId())
                        .filter(s -> subjects.maySee(reader, s)).orElse(null)
                : null;
        Blocks.Between blocked = blocks.between(me, otherId);
        boolean iBlocked = blocked.oneBlockedOther();
        boolean readOnly = iBlocked || blocked.otherBlockedOne() || residents.isBarred(otherId)
                || residents.isBarred(me);
        List<MessageView> views = shown.stream()
                .map(m -> MessageView.of(m, me, m.getAuthorId() == me ? myName : otherName)).toList();
        Long doneBy = conversation.getDoneBy();
        Long giver = conversation.getGiverId();
        return new ConversationPage(conversationId, otherId, otherName, subject, views, number, hasOlder, readOnly,
                iBlocked, conversation.exchangeState(), doneBy != null && doneBy == me, giver != null && giver == me);
    }

    /** Page {@code number} of {@link #PAGE_SIZE} messages, and the next message past it. */
    private static Pageable pageAndOneMore(int number) {
        return new PageRequest(number, PAGE_SIZE + 1, org.springframework.data.domain.Sort.unsorted()) {
            @Override
            public long getOffset() {
                return (long) number * PAGE_SIZE;
            }
        };
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
            if (subjects.knows(row.subjectType())) {
                subjectIds.computeIfAbsent(row.subjectType(), type -> new HashSet<>()).add(row.subjectId());
            }
        }
        Map<String, Map<Long, SubjectSummary>> subjectsByType = new HashMap<>();
        if (!subjectIds.isEmpty()) {
            // titles only of the subjects the reader may see now
            Viewer reader = residents.viewer(me);
            subjectIds.forEach((type, ids) -> subjectsByType.put(type, subjects.visibleAmong(reader, type, ids)));
        }
        List<InboxRow> inbox = rows.stream().map(row -> {
            ResidentView other = others.get(row.otherId());
            SubjectSummary subject = subjectsByType.getOrDefault(row.subjectType(), Map.of()).get(row.subjectId());
            return new InboxRow(row.id(), row.otherId(), other == null ? "?" : other.displayName(),
                    subject == null ? null : subject.title(), row.lastMessageAt(), row.unread());
        }).toList();
        return new PageImpl<>(inbox, pageable, total);
    }

    /**
     * Messages sent to the resident {@code :me} that they have not read yet (the header's count, on every page). The
     * read mark is chosen by a case in the join so that the (conversation_id, id) index reads only the unread
     * messages, not every message of the resident's conversations (602 rows read for none unread in the big dataset).
     */
    static final String UNREAD = """
            select count(*) from conversation c join message m on m.conversation_id = c.id
                and m.id > case when c.resident_low = :me then c.low_read_message_id else c.high_read_message_id end
            where (c.resident_low = :me or c.resident_high = :me)
              and m.author_id <> :me and m.hidden_at is null""";

    /** Messages sent to the resident that they have not read yet: one query. */
    public long unreadCount(long me) {
        return jdbc.sql(UNREAD).param("me", me).query(Long.class).single();
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
}
