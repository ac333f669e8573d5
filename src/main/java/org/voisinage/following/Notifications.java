package org.voisinage.following;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.Viewer;

/**
 * The in-app list of what happened on the topics a resident follows. The activity intake writes one row per resident
 * follower (any frequency but OFF) next to each stored activity; the text comes from the activity itself.
 * Plain SQL: rows are written in bulk, one statement per activity whatever the number of followers.
 */
@Service
@Transactional(readOnly = true)
public class Notifications {

    /**
     * One notification in the list.
     *
     * @param messageKey with {@code messageArgs}: what happened, in the reader's language
     */
    public record Notification(long id, String topicTitle, String topicPath, String messageKey, Object[] messageArgs,
            Instant occurredAt, boolean read) {}

    private final JdbcClient jdbc;
    private final TopicPolicies policies;
    private final Recipients recipients;
    private final TopicStore topics;

    Notifications(JdbcClient jdbc, TopicPolicies policies, Recipients recipients, TopicStore topics) {
        this.jdbc = jdbc;
        this.policies = policies;
        this.recipients = recipients;
        this.topics = topics;
    }

    /** A listed row and the topic it is about, asked again of the topic's policy before it is shown. */
    private record Row(Topic topic, Notification notification) {}

    /** How many notifications the resident {@code :me} has not read yet (the header's badge). */
    static final String UNREAD = "select count(*) from notification where resident_id = :me and read_at is null";

    /** How many notifications this resident has not read yet. */
    public long unreadCount(long residentId) {
        return jdbc.sql(UNREAD).param("me", residentId).query(Long.class).single();
    }

    /** The header's badge, read with the other header counts in one statement. */
    @org.springframework.stereotype.Component
    static class UnreadNotificationsCount implements org.voisinage.common.HeaderCounts.Count {

        @Override
        public String attribute() {
            return "unreadNotifications";
        }

        @Override
        public String sql() {
            return UNREAD;
        }
    }

    /**
     * The resident's notifications, newest first; those of topics the resident may no longer see (rejected,
     * sanctioned, moved away since) are left out.
     */
    public Page<Notification> of(long residentId, Pageable pageable) {
        long total = jdbc.sql("select count(*) from notification where resident_id = ?").param(residentId)
                .query(Long.class).single();
        List<Row> rows = jdbc.sql("""
                select n.id, t.title, t.path, a.message_key, a.message_args, a.count, a.occurred_at, n.read_at is not null,
                       a.topic_type, a.topic_id
                from notification n
                join topic_activity a on a.id = n.activity_id
                left join followed_topic t on t.topic_type = a.topic_type and t.topic_id = a.topic_id
                where n.resident_id = ?
                order by n.id desc
                limit ? offset ?""")
                .params(residentId, pageable.getPageSize(), pageable.getOffset())
                .query((rs, i) -> new Row(new Topic(rs.getString(9), rs.getLong(10)), new Notification(rs.getLong(1),
                        rs.getString(2), rs.getString(3), rs.getString(4), args(rs.getArray(5), rs.getLong(6)),
                        rs.getObject(7, OffsetDateTime.class).toInstant(), rs.getBoolean(8))))
                .list();
        Viewer viewer = Recipients.of(recipients.viewers(List.of(residentId)), residentId);
        Map<Topic, TopicAudience> audiences = policies.audiences(rows.stream().map(Row::topic).toList());
        return new PageImpl<>(rows.stream().filter(row -> audiences.get(row.topic()).admits(viewer))
                .map(Row::notification).toList(), pageable, total);
    }

    /** Marks one of the resident's notifications read (someone else's id changes nothing). */
    @Transactional
    public void markRead(long residentId, long notificationId) {
        jdbc.sql("update notification set read_at = now() where id = ? and resident_id = ? and read_at is null")
                .params(notificationId, residentId).update();
    }

    @Transactional
    public void markAllRead(long residentId) {
        jdbc.sql("update notification set read_at = now() where resident_id = ? and read_at is null")
                .param(residentId).update();
    }

    /**
     * Notifies the topic's resident followers that its audience admits now of a stored activity, once each (a retried
     * delivery adds nothing). A few statements per thousand followers: their ids, their viewers, one insert.
     */
    @Transactional
    void deliver(long activityId, Topic topic, TopicAudience audience) {
        List<Long> followers = jdbc.sql("""
                select f.resident_id from follow w join follower f on f.id = w.follower_id
                where w.topic_type = ? and w.topic_id = ? and w.frequency <> 'OFF' and f.resident_id is not null""")
                .params(topic.type(), topic.id()).query(Long.class).list();
        Map<Long, Viewer> viewers = recipients.viewers(followers);
        Long[] admitted = followers.stream().filter(id -> audience.admits(Recipients.of(viewers, id)))
                .toArray(Long[]::new);
        insert(activityId, admitted);
    }

    private void insert(long activityId, Long[] admitted) {
        if (admitted.length == 0) {
            return;
        }
        jdbc.sql("""
                insert into notification (resident_id, activity_id)
                select resident_id, ? from unnest(?) as admitted (resident_id)
                on conflict on constraint notification_once do nothing""")
                .params(activityId, admitted).update();
    }

    /**
     * Tells these residents, in their in-app list, of an activity on a topic that is theirs without their following it
     * (a booking of their object, their request answered): stored once like any activity, delivered to those the
     * topic's policy admits now, and read back through that policy. No email: the owning module sends its own.
     */
    @Transactional
    public void tell(TopicActivity activity, Collection<Long> residentIds) {
        long activityId = topics.record(activity);
        TopicAudience audience = policies.audience(activity.topic());
        Map<Long, Viewer> viewers = recipients.viewers(List.copyOf(residentIds));
        insert(activityId, residentIds.stream().distinct()
                .filter(id -> audience.admits(Recipients.of(viewers, id))).toArray(Long[]::new));
    }

    /** Removes the resident's notifications of these topics (follows their policies no longer admit). */
    @Transactional
    void forget(long residentId, List<Topic> topics) {
        if (topics.isEmpty()) {
            return;
        }
        jdbc.sql("""
                delete from notification n using topic_activity a, unnest(?, ?) as gone (topic_type, topic_id)
                where n.resident_id = ? and a.id = n.activity_id
                  and a.topic_type = gone.topic_type and a.topic_id = gone.topic_id""")
                .params(topics.stream().map(Topic::type).toArray(String[]::new),
                        topics.stream().map(Topic::id).toArray(Long[]::new), residentId)
                .update();
    }

    /** Countable activity says its count ("{0} new pledges"), like the digests. */
    private static Object[] args(Array array, long count) throws SQLException {
        String[] args = array == null ? new String[0] : (String[]) array.getArray();
        // an Object[] proper: handed a String[], the template's #messages.msgWithParams left "{0}" unformatted
        return count > 0 && args.length == 0 ? new Object[] {count} : java.util.Arrays.copyOf(args, args.length, Object[].class);
    }
}
