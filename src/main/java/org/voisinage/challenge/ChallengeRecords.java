package org.voisinage.challenge;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.voisinage.challenge.ChallengeViews.HistoryEntry;
import org.voisinage.challenge.ChallengeViews.Milestone;
import org.voisinage.challenge.ChallengeViews.OfflineEntry;
import org.voisinage.challenge.ChallengeViews.Update;

/**
 * The rows around a challenge that are only appended and listed (history, milestones, paper pledges,
 * updates), and the per-day pledge counts of its chart: one statement each, whatever their number.
 */
@Repository
class ChallengeRecords {

    private final JdbcClient jdbc;

    ChallengeRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void history(long challengeId, ChallengeState state, String note, Instant at) {
        jdbc.sql("insert into challenge_history (challenge_id, state, note, occurred_at) values (?, ?, ?, ?)")
                .params(challengeId, state.name(), note, Timestamp.from(at)).update();
    }

    /** Records the milestone unless it was already; true when this call recorded it. */
    boolean milestone(long challengeId, int percent, Instant at) {
        return jdbc.sql("insert into challenge_milestone (challenge_id, percent, reached_at) values (?, ?, ?) "
                        + "on conflict do nothing")
                .params(challengeId, percent, Timestamp.from(at)).update() == 1;
    }

    void offline(long challengeId, int count, String note, Long recordedBy, Instant at) {
        jdbc.sql("insert into challenge_offline_pledge (challenge_id, count, note, recorded_by, recorded_at) values (?, ?, ?, ?, ?)")
                .params(challengeId, count, note, recordedBy, Timestamp.from(at)).update();
    }

    void update(long challengeId, String body, Instant at) {
        jdbc.sql("insert into challenge_update (challenge_id, body, posted_at) values (?, ?, ?)")
                .params(challengeId, body, Timestamp.from(at)).update();
    }

    List<HistoryEntry> history(long challengeId) {
        return jdbc.sql("select state, note, occurred_at from challenge_history where challenge_id = ? order by occurred_at, id")
                .param(challengeId)
                .query((rs, i) -> new HistoryEntry(ChallengeState.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getTimestamp(3).toInstant()))
                .list();
    }

    List<Milestone> milestones(long challengeId) {
        return jdbc.sql("select percent, reached_at from challenge_milestone where challenge_id = ? order by percent")
                .param(challengeId)
                .query((rs, i) -> new Milestone(rs.getInt(1), rs.getTimestamp(2).toInstant()))
                .list();
    }

    List<OfflineEntry> offline(long challengeId) {
        return jdbc.sql("select count, note, recorded_at from challenge_offline_pledge where challenge_id = ? order by recorded_at, id")
                .param(challengeId)
                .query((rs, i) -> new OfflineEntry(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    List<Update> updates(long challengeId) {
        return jdbc.sql("select body, posted_at from challenge_update where challenge_id = ? order by posted_at desc, id desc")
                .param(challengeId)
                .query((rs, i) -> new Update(rs.getString(1), rs.getTimestamp(2).toInstant()))
                .list();
    }

    /** Pledges per local day, online and paper ones together, for the chart. */
    Map<LocalDate, Integer> daily(long challengeId, ZoneId zone) {
        Map<LocalDate, Integer> days = new LinkedHashMap<>();
        jdbc.sql("""
                select day, sum(n) from (
                    select (pledged_at at time zone :zone)::date as day, 1 as n from challenge_pledge where challenge_id = :id
                    union all
                    select (recorded_at at time zone :zone)::date, count from challenge_offline_pledge where challenge_id = :id
                ) p group by day order by day""")
                .param("zone", zone.getId()).param("id", challengeId)
                .query((rs, i) -> days.put(rs.getDate(1).toLocalDate(), rs.getInt(2)))
                .list();
        return days;
    }
}
