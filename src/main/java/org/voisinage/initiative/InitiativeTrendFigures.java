package org.voisinage.initiative;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.voisinage.trends.TrendContributor;
import org.voisinage.trends.TrendFigures;
import org.voisinage.trends.TrendKeys;
import org.voisinage.trends.TrendScope;
import org.voisinage.trends.TrendSql;

/** The initiatives' part of the trends: initiatives proposed in each month, by where they stand today. */
@Component
class InitiativeTrendFigures implements TrendContributor {

    private final JdbcClient jdbc;

    InitiativeTrendFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TrendFigures> figures(TrendScope scope) {
        return List.of(TrendFigures.counts(TrendKeys.INITIATIVES, true,
                TrendSql.keys("initiative.status.", InitiativeStatus.values()), TrendSql.counts(jdbc, """
                        select 'initiative.status.' || status, to_char(created_at at time zone :zone, 'YYYY-MM'),
                               neighbourhood_id, count(*)
                        from initiative
                        where hidden_at is null and neighbourhood_id in (:neighbourhoods)
                          and created_at >= :since and created_at < :until
                        group by 1, 2, 3""", scope)));
    }
}
