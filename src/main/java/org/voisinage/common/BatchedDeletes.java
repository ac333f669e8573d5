package org.voisinage.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deletes the rows of one table that match a condition, a batch at a time: each statement (its own transaction,
 * no transaction being open around it) removes at most {@code batchSize} rows, so a first run over years of rows
 * neither holds locks for long nor writes one huge transaction. Retention jobs give their own table and condition
 * (constants, never text from a request); the table needs an {@code id} primary key.
 */
public final class BatchedDeletes {

    private BatchedDeletes() {}

    /** Deletes every row of {@code table} matching {@code condition} (with its {@code ?} arguments); how many. */
    public static int delete(JdbcTemplate jdbc, String table, String condition, int batchSize, Object... arguments) {
        String sql = "delete from " + table + " where id in (select id from " + table + " where " + condition
                + " limit ?)";
        List<Object> withLimit = new ArrayList<>(Arrays.asList(arguments));
        withLimit.add(batchSize);
        Object[] parameters = withLimit.toArray();
        int total = 0;
        int deleted;
        do {
            deleted = jdbc.update(sql, parameters);
            total += deleted;
        } while (deleted == batchSize);
        return total;
    }
}
