package org.voisinage.challenge;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.voisinage.trends.TrendContributor;
import org.voisinage.trends.TrendFigures;
import org.voisinage.trends.TrendKeys;
import org.voisinage.trends.TrendScope;
import org.voisinage.trends.TrendSql;

/** The challenges' part of the trends: pledges (online and on paper) and challenges opened, by theme. */
@Component
class ChallengeTrendFigures implements TrendContributor {

    private static final String IN_SCOPE =
            "c.state <> 'DRAFT' and c.hidden_at is null and c.territory_id = :territory"
            + " and (c.neighbourhood_id in (:neighbourhoods) or (:whole and c.neighbourhood_id is null))";

    private final JdbcClient jdbc;

    ChallengeTrendFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TrendFigures> figures(TrendScope scope) {
        List<String> themes = TrendSql.keys("challenge.theme.", Theme.values());
        return List.of(
                TrendFigures.counts(TrendKeys.PLEDGES, true, themes, TrendSql.counts(jdbc, """
                        select 'challenge.theme.' || a.theme, to_char(p.at at time zone :zone, 'YYYY-MM'),
                               c.neighbourhood_id, sum(p.n)
                        from challenge c
                        join challenge_action a on a.id = c.action_id
                        join (select challenge_id, pledged_at as at, 1 as n from challenge_pledge
                              where pledged_at >= :since and pledged_at < :until
                              union all
                              select challenge_id, recorded_at, count from challenge_offline_pledge
                              where recorded_at >= :since and recorded_at < :until) p on p.challenge_id = c.id
                        where\s""" + IN_SCOPE + " group by 1, 2, 3", scope)),
                TrendFigures.counts(TrendKeys.CHALLENGES, true, themes, TrendSql.counts(jdbc, """
                        select 'challenge.theme.' || a.theme, to_char(c.opens_on, 'YYYY-MM'), c.neighbourhood_id,
                               count(*)
                        from challenge c join challenge_action a on a.id = c.action_id
                        where c.opens_on >= :from and c.opens_on < :to and\s""" + IN_SCOPE + " group by 1, 2, 3",
                        scope)));
    }
}
