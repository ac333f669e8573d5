package org.voisinage.agenda;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.voisinage.trends.TrendContributor;
import org.voisinage.trends.TrendFigures;
import org.voisinage.trends.TrendKeys;
import org.voisinage.trends.TrendScope;
import org.voisinage.trends.TrendSql;

/**
 * The agenda's part of the trends: events held in each month (neither cancelled nor hidden) and the people going
 * to them. Two counts that do not add up: the table has no month totals.
 */
@Component
class EventTrendFigures implements TrendContributor {

    static final String EVENTS = "agenda.trends.events";
    static final String GOING = "agenda.trends.going";

    private final JdbcClient jdbc;

    EventTrendFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TrendFigures> figures(TrendScope scope) {
        return List.of(TrendFigures.counts(TrendKeys.EVENTS, false, List.of(EVENTS, GOING), TrendSql.counts(jdbc, """
                select unnest(array['agenda.trends.events', 'agenda.trends.going']),
                       to_char(starts_at at time zone :zone, 'YYYY-MM') as month, neighbourhood_id,
                       unnest(array[count(*), sum(going_count)])
                from agenda_event
                where cancelled_at is null and hidden_at is null and neighbourhood_id in (:neighbourhoods)
                  and starts_at >= :since and starts_at < :until
                group by 2, 3""", scope)));
    }
}
