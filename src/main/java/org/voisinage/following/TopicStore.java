package org.voisinage.following;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.voisinage.following.internal.Keys;

/** Topics' titles and pages, and their stored activities (plain SQL: the digests read them in bulk). */
@Component
class TopicStore {

    private final JdbcClient jdbc;

    TopicStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Described(String title, String path) {}

    /**
     * Stores an activity once: the same event delivered again returns the id stored the first time.
     * Also keeps the topic's latest title and page.
     */
    long record(TopicActivity activity) {
        String[] args = activity.messageArgs() == null ? new String[0] : activity.messageArgs().toArray(String[]::new);
        String eventKey = Keys.sha256(String.join("\u0000", activity.topic().type(), Long.toString(activity.topic().id()),
                activity.kind(), activity.messageKey(), String.join("\u0001", args), Long.toString(activity.count()),
                Boolean.toString(activity.immediate()), activity.occurredAt().toString()));
        jdbc.sql("""
                insert into followed_topic (topic_type, topic_id, title, path, updated_at)
                values (?, ?, ?, ?, ?)
                on conflict (topic_type, topic_id) do update set title = excluded.title, path = excluded.path,
                    updated_at = excluded.updated_at
                where followed_topic.updated_at <= excluded.updated_at""")
                .params(activity.topic().type(), activity.topic().id(), truncate(activity.topicTitle()),
                        truncate(activity.topicPath()), Timestamp.from(activity.occurredAt()))
                .update();
        return jdbc.sql("""
                with inserted as (
                    insert into topic_activity (event_key, topic_type, topic_id, kind, message_key, message_args, count,
                                                immediate, occurred_at, content_ref)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (event_key) do nothing
                    returning id)
                select id from inserted
                union all
                select id from topic_activity where event_key = ?
                limit 1""")
                .params(eventKey, activity.topic().type(), activity.topic().id(), activity.kind(), activity.messageKey(),
                        args, activity.count(), activity.immediate(), Timestamp.from(activity.occurredAt()),
                        activity.content(), eventKey)
                .query(Long.class).single();
    }

    /** Removes the activities quoting this content; their in-app notifications go with them (on delete cascade). */
    int withdraw(String content) {
        return jdbc.sql("delete from topic_activity where content_ref = ?").param(content).update();
    }

    Map<Topic, Described> describe(Collection<Topic> topics) {
        Map<Topic, Described> described = new HashMap<>();
        if (topics.isEmpty()) {
            return described;
        }
        List<Topic> list = List.copyOf(topics);
        jdbc.sql("""
                select t.topic_type, t.topic_id, t.title, t.path
                from followed_topic t
                join unnest(?, ?) as wanted(topic_type, topic_id)
                  on wanted.topic_type = t.topic_type and wanted.topic_id = t.topic_id""")
                .params(list.stream().map(Topic::type).toArray(String[]::new),
                        list.stream().map(Topic::id).toArray(Long[]::new))
                .query(rs -> {
                    described.put(new Topic(rs.getString(1), rs.getLong(2)), new Described(rs.getString(3), rs.getString(4)));
                });
        return described;
    }

    private static String truncate(String text) {
        String value = text == null ? "" : text.strip();
        return value.length() <= 300 ? value : value.substring(0, 299) + "\u2026";
    }
}
