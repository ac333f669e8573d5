package org.voisinage.challenge;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
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
 * updates), listed together in one statement, and the per-day pledge counts of its chart: one statement each,
 * whatever their number.
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

    /** What a challenge's page lists under it: its history, milestones, paper pledges and updates (newest first). */
    record Listed(List<HistoryEntry> history, List<Milestone> milestones, List<OfflineEntry> offline,
            List<Update> updates) {}

    /** The four lists of a challenge's page in one statement, whatever their length. */
    Listed listed(long challengeId) {
        List<HistoryEntry> history = new ArrayList<>();
        List<Milestone> milestones = new ArrayList<>();
        List<OfflineEntry> offline = new ArrayList<>();
        List<Update> updates = new ArrayList<>();
        jdbc.sql("""
                select * from (
                select 'H' as kind, 0 as n, state as label, note as text, occurred_at as at, id as ord
                  from challenge_history where challenge_id = :id
                union all
                select 'M', percent, null, null, reached_at, percent from challenge_milestone where challenge_id = :id
                union all
                select 'O', count, null, note, recorded_at, id from challenge_offline_pledge where challenge_id = :id
                union all
                select 'U', 0, null, body, posted_at, id from challenge_update where challenge_id = :id
                ) listed order by kind, case when kind = 'M' then null else at end, ord""")
                .param("id", challengeId)
                .query((rs, i) -> {
                    Instant at = rs.getTimestamp("at").toInstant();
                    switch (rs.getString("kind")) {
                        case "H" -> history.add(new HistoryEntry(ChallengeState.valueOf(rs.getString("label")),
                                rs.getString("text"), at));
                        case "M" -> milestones.add(new Milestone(rs.getInt("n"), at));
                        case "O" -> offline.add(new OfflineEntry(rs.getInt("n"), rs.getString("text"), at));
                        default -> updates.add(new Update(rs.getString("text"), at));
                    }
                    return null;
                })
                .list();
        Collections.reverse(updates);
        return new Listed(history, milestones, offline, updates);
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
