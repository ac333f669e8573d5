package org.voisinage.profile;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.voisinage.trends.TrendContributor;
import org.voisinage.trends.TrendFigures;
import org.voisinage.trends.TrendKeys;
import org.voisinage.trends.TrendScope;
import org.voisinage.trends.TrendSql;

/**
 * The exchanges' part of the trends: exchanges both sides confirmed, by kind (a service, or an object lent or
 * given), in the neighbourhood of the one who gave.
 */
@Component
class ExchangeTrendFigures implements TrendContributor {

    static final String SERVICE = "profile.trends.exchange.SERVICE";
    static final String OBJECT = "profile.trends.exchange.OBJECT";

    private final JdbcClient jdbc;

    ExchangeTrendFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TrendFigures> figures(TrendScope scope) {
        return List.of(TrendFigures.counts(TrendKeys.EXCHANGES, true, List.of(SERVICE, OBJECT), TrendSql.counts(jdbc, """
                select case when service then 'profile.trends.exchange.SERVICE'
                            else 'profile.trends.exchange.OBJECT' end,
                       to_char(completed_at at time zone :zone, 'YYYY-MM'), neighbourhood_id, count(*)
                from completed_exchange
                where neighbourhood_id in (:neighbourhoods) and completed_at >= :since and completed_at < :until
                group by 1, 2, 3""", scope)));
    }
}
