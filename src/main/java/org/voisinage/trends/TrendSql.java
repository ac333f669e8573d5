package org.voisinage.trends;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs a contributor's grouped statement with the scope's parameters: {@code :territory}, {@code :neighbourhoods}
 * (a list for {@code in (...)}), {@code :whole} (whether rows of no neighbourhood count), {@code :since} and
 * {@code :until} (timestamptz), {@code :from} and {@code :to} (dates, {@code to} excluded), {@code :zone}.
 */
public final class TrendSql {

    private TrendSql() {}

    /** A select of: the row (its message key), the month "YYYY-MM", the neighbourhood id (or null), the count. */
    public static List<TrendFigures.Count> counts(JdbcClient jdbc, String sql, TrendScope scope) {
        return bind(jdbc, sql, scope)
                .query((rs, i) -> new TrendFigures.Count(rs.getString(1), TrendFigures.month(rs.getString(2)),
                        rs.getObject(3, Long.class), rs.getLong(4)))
                .list();
    }

    /** A select of: the row, the month "YYYY-MM" (null: the whole period), how many were measured, the median days. */
    public static List<TrendFigures.Median> medians(JdbcClient jdbc, String sql, TrendScope scope) {
        return bind(jdbc, sql, scope)
                .query((rs, i) -> new TrendFigures.Median(rs.getString(1), TrendFigures.month(rs.getString(2)),
                        rs.getLong(3), rs.getDouble(4)))
                .list();
    }

    /** The message keys of an enum's constants written {@code prefix + NAME}: a table's rows, zeros included. */
    public static List<String> keys(String prefix, Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(v -> prefix + v.name()).toList();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient jdbc, String sql, TrendScope scope) {
        return jdbc.sql(sql)
                .param("territory", scope.territoryId())
                .param("neighbourhoods", scope.neighbourhoodIds())
                .param("whole", scope.wholeTerritory())
                .param("since", scope.sinceParameter())
                .param("until", scope.untilParameter())
                .param("from", scope.firstDay())
                .param("to", scope.endDay())
                .param("zone", scope.zoneId());
    }
}
