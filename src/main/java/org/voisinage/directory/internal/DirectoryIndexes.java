package org.voisinage.directory.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The directory's secondary indexes, which a first import drops and builds once at its end (several times faster
 * than row by row, the street trigram index most of all), and the advisory lock that keeps imports one at a time.
 */
final class DirectoryIndexes {

    /** One import writes at a time (an upload and the command line could overlap). */
    static final String LOCK = "hashtext('voisinage.address_import')";

    /** As V10 creates them. */
    private static final Map<String, String> ADDRESS_INDEXES = Map.of("address_street_number_idx",
            "create index if not exists address_street_number_idx on address (street_id, numero_int, rep_norm)");
    private static final Map<String, String> STREET_INDEXES = Map.of(
            "street_postcode_name_trgm_idx",
            "create index if not exists street_postcode_name_trgm_idx on street using gist (code_postal, voie_norm gist_trgm_ops)",
            "street_town_idx", "create index if not exists street_town_idx on street (commune_norm)");

    private DirectoryIndexes() {
    }

    /** Drops the indexes of the tables that are empty; their names, to build them again. */
    static List<String> dropForEmpty(Statement statement, boolean addressesEmpty, boolean streetsEmpty)
            throws SQLException {
        List<String> dropped = new ArrayList<>();
        if (addressesEmpty) {
            dropped.addAll(drop(statement, ADDRESS_INDEXES));
        }
        if (streetsEmpty) {
            dropped.addAll(drop(statement, STREET_INDEXES));
        }
        return dropped;
    }

    private static List<String> drop(Statement statement, Map<String, String> indexes) throws SQLException {
        for (String index : indexes.keySet()) {
            statement.execute("drop index if exists " + index);
        }
        return List.copyOf(indexes.keySet());
    }

    /** Builds the named indexes again. */
    static void build(Statement statement, List<String> indexes) throws SQLException {
        for (String index : indexes) {
            statement.execute(ADDRESS_INDEXES.getOrDefault(index, STREET_INDEXES.get(index)));
        }
    }

    /**
     * Builds every index that is missing, unless an import runs (it builds them at its end). Cheap when they exist.
     */
    static void restore(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("select pg_try_advisory_lock(" + LOCK + ")")) {
                if (!rs.next() || !rs.getBoolean(1)) {
                    return;
                }
            }
            try {
                for (String ddl : ADDRESS_INDEXES.values()) {
                    statement.execute(ddl);
                }
                for (String ddl : STREET_INDEXES.values()) {
                    statement.execute(ddl);
                }
            } finally {
                statement.execute("select pg_advisory_unlock(" + LOCK + ")");
            }
        }
    }
}
