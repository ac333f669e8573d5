package org.voisinage.challenge;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The trends of a territory, counted by PostgreSQL: one grouped statement each, whatever the number of
 * pledges and challenges. Drafts are never counted.
 */
@Repository
class TrendRecords {

    /** Pledges (online and on paper) in a month, of a theme, in a neighbourhood (null: the whole territory). */
    record PledgeCount(String month, Theme theme, Long neighbourhoodId, int pledges) {}

    /** Challenges opened in a month, of a theme. */
    record OpenedCount(String month, Theme theme, int challenges) {}

    /** Challenges in a state, in a neighbourhood (null: the whole territory), with their pledges so far. */
    record StateCount(Long neighbourhoodId, ChallengeState state, int challenges, int pledges) {}

    private final JdbcClient jdbc;

    TrendRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Months are the calendar months of the given zone, written "yyyy-MM". */
    List<PledgeCount> pledges(long territoryId, Instant since, ZoneId zone) {
        return jdbc.sql("""
                select to_char(date_trunc('month', p.at at time zone :zone), 'YYYY-MM'), a.theme, c.neighbourhood_id,
                       sum(p.n)
                from challenge c
                join challenge_action a on a.id = c.action_id
                join (select challenge_id, pledged_at as at, 1 as n from challenge_pledge where pledged_at >= :since
                      union all
                      select challenge_id, recorded_at, count from challenge_offline_pledge where recorded_at >= :since
                     ) p on p.challenge_id = c.id
                where c.territory_id = :territory and c.state <> 'DRAFT'
                group by 1, 2, 3""")
                .param("zone", zone.getId())
                .param("since", since.atOffset(ZoneOffset.UTC))
                .param("territory", territoryId)
                .query((rs, i) -> new PledgeCount(rs.getString(1), Theme.valueOf(rs.getString(2)),
                        (Long) rs.getObject(3, Long.class), rs.getInt(4)))
                .list();
    }

    /** A challenge counts as opened in the month of its opening day. */
    List<OpenedCount> opened(long territoryId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select to_char(c.opens_on, 'YYYY-MM'), a.theme, count(*)
                from challenge c join challenge_action a on a.id = c.action_id
                where c.territory_id = :territory and c.state <> 'DRAFT' and c.opens_on between :from and :to
                group by 1, 2""")
                .param("territory", territoryId)
                .param("from", from)
                .param("to", to)
                .query((rs, i) -> new OpenedCount(rs.getString(1), Theme.valueOf(rs.getString(2)), rs.getInt(3)))
                .list();
    }

    /** Every public challenge of the territory, whenever it opened, from the counts kept on its row. */
    List<StateCount> states(long territoryId) {
        return jdbc.sql("""
                select neighbourhood_id, state, count(*), sum(online_pledges + offline_pledges)
                from challenge
                where territory_id = :territory and state <> 'DRAFT'
                group by 1, 2""")
                .param("territory", territoryId)
                .query((rs, i) -> new StateCount((Long) rs.getObject(1, Long.class),
                        ChallengeState.valueOf(rs.getString(2)), rs.getInt(3), rs.getInt(4)))
                .list();
    }
}
