package org.voisinage.following;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The digests' SQL: a constant number of statements per batch of followers, whatever their number of topics.
 * Plain SQL rather than entities: the rows are read once, in bulk, and never changed.
 */
@Component
class DigestStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    DigestStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** @param residentId null for someone known by email only */
    record FollowerRow(long id, Long residentId, String email, Locale locale) {}

    record ChangeRow(long followerId, Topic topic, long followId, String kind, String messageKey, String[] args,
            long count, Instant occurredAt, String title, String path) {}

    record ImmediateRow(long followerId, Long residentId, String email, Locale locale, long followId) {}

    /** The next followers, in id order after {@code afterId}, who follow something with the period's frequency. */
    List<FollowerRow> followers(Frequency kind, long afterId, int size) {
        return jdbc.sql("""
                select f.id, f.resident_id, f.email, f.locale
                from follower f
                where f.id > ? and exists (select 1 from follow w where w.follower_id = f.id and w.frequency = ?)
                order by f.id
                limit ?""")
                .params(afterId, kind.name(), size)
                .query((rs, i) -> new FollowerRow(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3),
                        Locale.forLanguageTag(rs.getString(4))))
                .list();
    }

    /**
     * What changed on the topics these followers follow with the period's frequency, since each one's last digest
     * of that kind (or when they started following, or the lookback), until the period's end. Countable activities
     * come summed per topic and message; followers whose digest of this period exists already are left out.
     * Ordered by follower, topic, time.
     */
    static final String CHANGES = """
                with done as (
                    -- each follower's digests of this kind since the lookback: the end of the last one, and whether
                    -- this period's exists already (one scan for the batch, not one per follow)
                    select d.follower_id, max(d.period_end) as last_end, bool_or(d.period_start = ?) as this_period
                    from digest d
                    where d.follower_id = any(?) and d.period_kind = ? and d.period_end > cast(? as timestamptz)
                    group by d.follower_id
                ), w as (
                    select w.id, w.follower_id, w.topic_type, w.topic_id,
                           greatest(w.created_at, cast(? as timestamptz), coalesce(done.last_end, '-infinity')) as since
                    from follow w
                    left join done on done.follower_id = w.follower_id
                    where w.follower_id = any(?) and w.frequency = ? and done.this_period is not true
                ), spans as (
                    -- most follows of a topic share the same window: each distinct one is read and summed once
                    select distinct topic_type, topic_id, since from w
                ), news as (
                    select s.topic_type, s.topic_id, s.since, a.kind, a.message_key, '{}'::text[] as message_args,
                           sum(a.count) as count, min(a.occurred_at) as occurred_at
                    from spans s
                    join topic_activity a on a.topic_type = s.topic_type and a.topic_id = s.topic_id
                                         and a.occurred_at > s.since and a.occurred_at <= ?
                    where a.count > 0
                    group by s.topic_type, s.topic_id, s.since, a.kind, a.message_key
                    union all
                    select s.topic_type, s.topic_id, s.since, a.kind, a.message_key, a.message_args, 0, a.occurred_at
                    from spans s
                    join topic_activity a on a.topic_type = s.topic_type and a.topic_id = s.topic_id
                                         and a.occurred_at > s.since and a.occurred_at <= ?
                    where a.count = 0
                )
                select w.follower_id, w.topic_type, w.topic_id, w.id, n.kind, n.message_key, n.message_args,
                       n.count, n.occurred_at, t.title, t.path
                from w
                join news n on n.topic_type = w.topic_type and n.topic_id = w.topic_id and n.since = w.since
                left join followed_topic t on t.topic_type = w.topic_type and t.topic_id = w.topic_id
                order by w.follower_id, t.title, w.topic_type, w.topic_id, n.occurred_at
""";

    List<ChangeRow> changes(DigestPeriod period, Long[] followerIds) {
        String kind = period.kind().name();
        OffsetDateTime end = utc(period.end());
        return jdbc.sql(CHANGES)
                .params(period.start(), followerIds, kind, utc(period.lookbackStart()), utc(period.lookbackStart()),
                        followerIds, kind, end, end)
                .query((rs, i) -> new ChangeRow(rs.getLong(1), new Topic(rs.getString(2), rs.getLong(3)), rs.getLong(4),
                        rs.getString(5), rs.getString(6), strings(rs.getArray(7)), rs.getLong(8),
                        rs.getObject(9, OffsetDateTime.class).toInstant(), rs.getString(10), rs.getString(11)))
                .list();
    }

    /**
     * Creates the digests of the period for these followers, those that do not exist yet.
     *
     * @return for each follower in order, whether its digest was created now (false: it existed)
     */
    boolean[] createDigests(DigestPeriod period, long runId, List<long[]> followerAndTopicCount) {
        int[][] counts = template.batchUpdate("""
                insert into digest (follower_id, period_kind, period_start, period_end, run_id, topics)
                values (?, ?, ?, ?, ?, ?)
                on conflict on constraint digest_once_per_period do nothing""", followerAndTopicCount, 1000,
                (ps, row) -> {
                    ps.setLong(1, row[0]);
                    ps.setString(2, period.kind().name());
                    ps.setObject(3, period.start());
                    ps.setObject(4, utc(period.end()));
                    ps.setLong(5, runId);
                    ps.setInt(6, (int) row[1]);
                });
        boolean[] created = new boolean[followerAndTopicCount.size()];
        int i = 0;
        for (int[] chunk : counts) {
            for (int count : chunk) {
                created[i++] = count > 0;
            }
        }
        return created;
    }

    long startRun(DigestPeriod period) {
        return jdbc.sql("""
                insert into digest_run (period_kind, period_start, period_end, started_at)
                values (?, ?, ?, now()) returning id""")
                .params(period.kind().name(), period.start(), utc(period.end()))
                .query(Long.class).single();
    }

    void finishRun(long runId, int built, String error) {
        jdbc.sql("update digest_run set finished_at = now(), built = ?, error = ? where id = ?")
                .params(built, error == null ? null : error.substring(0, Math.min(error.length(), 1000)), runId)
                .update();
    }

    record RunRow(long id, Frequency kind, LocalDate start, Instant startedAt, Instant finishedAt, int built,
            String error) {}

    private static final RowMapper<RunRow> RUN = (rs, i) -> {
        OffsetDateTime finished = rs.getObject(5, OffsetDateTime.class);
        return new RunRow(rs.getLong(1), Frequency.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class),
                rs.getObject(4, OffsetDateTime.class).toInstant(), finished == null ? null : finished.toInstant(),
                rs.getInt(6), rs.getString(7));
    };

    List<RunRow> recentRuns(int limit) {
        return jdbc.sql("""
                select id, period_kind, period_start, started_at, finished_at, built, error
                from digest_run order by started_at desc, id desc limit ?""")
                .param(limit).query(RUN).list();
    }

    java.util.Optional<RunRow> run(long id) {
        return jdbc.sql("select id, period_kind, period_start, started_at, finished_at, built, error from digest_run where id = ?")
                .param(id).query(RUN).optional();
    }

    /** The topic's IMMEDIATE followers after {@code afterFollowerId}, in id order. */
    List<ImmediateRow> immediateFollowers(Topic topic, long afterFollowerId, int size) {
        return jdbc.sql("""
                select f.id, f.resident_id, f.email, f.locale, w.id
                from follow w join follower f on f.id = w.follower_id
                where w.topic_type = ? and w.topic_id = ? and w.frequency = 'IMMEDIATE' and f.id > ?
                order by f.id
                limit ?""")
                .params(topic.type(), topic.id(), afterFollowerId, size)
                .query((rs, i) -> new ImmediateRow(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3),
                        Locale.forLanguageTag(rs.getString(4)), rs.getLong(5)))
                .list();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String[] strings(Array array) throws SQLException {
        if (array == null) {
            return new String[0];
        }
        Object[] values = (Object[]) array.getArray();
        List<String> strings = new ArrayList<>(values.length);
        for (Object value : values) {
            strings.add(value == null ? "" : value.toString());
        }
        return strings.toArray(String[]::new);
    }
}
