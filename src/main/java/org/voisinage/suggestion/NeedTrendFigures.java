package org.voisinage.suggestion;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.voisinage.trends.TrendContributor;
import org.voisinage.trends.TrendFigures;
import org.voisinage.trends.TrendKeys;
import org.voisinage.trends.TrendScope;
import org.voisinage.trends.TrendSql;

/**
 * The needs' part of the trends: needs raised by category; staff answers given by the status they gave (another
 * population than the needs, so the two tables never add up to the same total: no hidden count can be worked out
 * from the other table); and the median days from a need to its first answer and to its closure (done or declined),
 * in the month of that answer.
 */
@Component
class NeedTrendFigures implements TrendContributor {

    static final String FIRST_ANSWER = "suggestion.trends.firstAnswer";
    static final String CLOSED = "suggestion.trends.closed";

    private final JdbcClient jdbc;

    NeedTrendFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TrendFigures> figures(TrendScope scope) {
        return List.of(
                TrendFigures.counts(TrendKeys.NEEDS, true, TrendSql.keys("suggestion.category.", SuggestionCategory.values()),
                        TrendSql.counts(jdbc, """
                                select 'suggestion.category.' || category,
                                       to_char(created_at at time zone :zone, 'YYYY-MM'), neighbourhood_id, count(*)
                                from suggestion
                                where hidden_at is null and neighbourhood_id in (:neighbourhoods)
                                  and created_at >= :since and created_at < :until
                                group by 1, 2, 3""", scope)),
                TrendFigures.counts(TrendKeys.NEED_ANSWERS, true,
                        TrendSql.keys("suggestion.status.", SuggestionStatus.answers()), TrendSql.counts(jdbc, """
                                select 'suggestion.status.' || a.status,
                                       to_char(a.created_at at time zone :zone, 'YYYY-MM'), s.neighbourhood_id, count(*)
                                from suggestion_answer a join suggestion s on s.id = a.suggestion_id
                                where s.hidden_at is null and s.neighbourhood_id in (:neighbourhoods)
                                  and a.created_at >= :since and a.created_at < :until
                                group by 1, 2, 3""", scope)),
                TrendFigures.medians(TrendKeys.NEED_TIMES, List.of(FIRST_ANSWER, CLOSED), TrendSql.medians(jdbc, """
                        with answered as (
                            select s.created_at as raised,
                                   min(a.created_at) as first_answer,
                                   min(a.created_at) filter (where a.status in ('DONE', 'DECLINED')) as closed
                            from suggestion s join suggestion_answer a on a.suggestion_id = s.id
                            where s.hidden_at is null and s.neighbourhood_id in (:neighbourhoods)
                            group by s.id, s.created_at),
                        times as (
                            select 'suggestion.trends.firstAnswer' as row, first_answer as at,
                                   extract(epoch from first_answer - raised) / 86400 as days
                            from answered
                            union all
                            select 'suggestion.trends.closed', closed, extract(epoch from closed - raised) / 86400
                            from answered where closed is not null)
                        select row, month, count(*), percentile_cont(0.5) within group (order by days)
                        from (select row, to_char(at at time zone :zone, 'YYYY-MM') as month, days from times
                              where at >= :since and at < :until) dated
                        group by grouping sets ((row, month), (row))""", scope)));
    }
}
