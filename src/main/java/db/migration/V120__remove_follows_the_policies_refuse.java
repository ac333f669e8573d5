package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 10: follows made before the topics' access policies were asked. Members-only topics (a neighbourhood's alerts
 * and announcements, residents' needs) followed by someone known by email only, or by a resident those topics no
 * longer admit (rejected, banned, moved away, an unknown account), are removed, with the in-app notifications of
 * those topics and the unconfirmed email requests for them. Logs how many.
 *
 * <p>The rules are those of {@code alert.AlertAccess}, {@code announcement.AnnouncementAccess} and
 * {@code suggestion.SuggestionAccess} as of this version, written in SQL because a migration runs before the
 * application; a suspension is not a reason to remove (it ends), as in {@code following.FollowsOnStatusChange}.
 * Public topics (open challenges, initiatives) stay followed by anyone. Idempotent: run again, it removes nothing more.
 */
public class V120__remove_follows_the_policies_refuse extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V120__remove_follows_the_policies_refuse.class);

    /** What was removed. */
    public record Removed(long follows, long notifications, long requests) {}

    /** Whether the resident {@code r} is admitted to the topic {@code w} (null when there is no such resident). */
    static final String ADMITTED = """
            r.role in ('STAFF', 'ADMIN')
            or (w.topic_type = 'alerts' and (
                (r.status = 'VERIFIED' and r.banned_at is null and r.neighbourhood_id = w.topic_id)
                or (r.role = 'MODERATOR' and r.banned_at is null and exists (select 1 from moderator_neighbourhood m
                    where m.resident_id = r.id and m.neighbourhood_id = w.topic_id))))
            or (w.topic_type = 'announcements'
                and r.status = 'VERIFIED' and r.banned_at is null and r.neighbourhood_id = w.topic_id)
            or (w.topic_type = 'suggestion' and s.id is not null and (
                s.author_id = r.id
                or (r.role = 'MODERATOR' and r.banned_at is null and exists (select 1 from moderator_neighbourhood m
                    where m.resident_id = r.id and m.neighbourhood_id = s.neighbourhood_id))
                or (s.hidden_reason is null and r.status = 'VERIFIED' and r.banned_at is null
                    and r.neighbourhood_id = s.neighbourhood_id)))""";

    static final String REMOVE = """
            with refused as (
                select w.id, f.resident_id, w.topic_type, w.topic_id
                from follow w
                join follower f on f.id = w.follower_id
                left join resident r on r.id = f.resident_id
                left join suggestion s on w.topic_type = 'suggestion' and s.id = w.topic_id
                where w.topic_type in ('alerts', 'announcements', 'suggestion')
                  and not coalesce(%s, false)
            ), gone_notifications as (
                delete from notification n using topic_activity a, refused x
                where n.resident_id = x.resident_id and a.id = n.activity_id
                  and a.topic_type = x.topic_type and a.topic_id = x.topic_id
                returning 1
            ), gone_follows as (
                delete from follow w using refused x where w.id = x.id
                returning 1
            )
            select (select count(*) from gone_follows), (select count(*) from gone_notifications)""".formatted(ADMITTED);

    static final String REMOVE_REQUESTS = """
            delete from follow_request
            where confirmed_at is null and topic_type in ('alerts', 'announcements', 'suggestion')""";

    @Override
    public void migrate(Context context) throws Exception {
        Removed removed = removeRefusedFollows(context.getConnection());
        log.info("V120: removed {} follows of members-only topics their followers may not see, {} in-app notifications "
                + "of them and {} unconfirmed email requests for them", removed.follows(), removed.notifications(),
                removed.requests());
    }

    /** The migration's work on this connection, in its transaction. */
    public static Removed removeRefusedFollows(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            long follows;
            long notifications;
            try (ResultSet counts = statement.executeQuery(REMOVE)) {
                counts.next();
                follows = counts.getLong(1);
                notifications = counts.getLong(2);
            }
            long requests = statement.executeUpdate(REMOVE_REQUESTS);
            return new Removed(follows, notifications, requests);
        }
    }
}
