package org.voisinage.directory.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * A chunk's streets by id, inserting those not stored yet: the chunk's distinct streets are copied into a temporary
 * table ({@code street_staging}, made by {@link AddressBulkLoader}), looked up, the missing ones inserted, so that
 * each address leaves Java with its street id.
 */
final class StreetIds {

    /** The staged streets already stored, with their ids. */
    private static final String FIND_STREETS = """
            select n.number, s.id from street_staging n
            join street s on s.code_postal = n.code_postal and s.commune_norm = n.commune_norm
                         and s.voie_norm = n.voie_norm
            """;

    private static final String INSERT_STREETS = """
            insert into street (code_postal, commune_norm, voie_norm, nom_voie, nom_commune, code_insee)
            select code_postal, commune_norm, voie_norm, nom_voie, nom_commune, code_insee
            from street_staging where number = any (?)
            returning id, code_postal, commune_norm, voie_norm
            """;

    private StreetIds() {
    }

    /** The id of each of the chunk's streets, by street number, in the connection's open transaction. */
    static long[] of(CopyChunk chunk, Connection connection) throws SQLException {
        PgCopy.copy(connection, "copy street_staging from stdin", chunk.streets());
        long[] ids = new long[chunk.streetCount()];
        int found = 0;
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(FIND_STREETS)) {
            while (rs.next()) {
                ids[rs.getInt(1)] = rs.getLong(2);
                found++;
            }
        }
        if (found < ids.length) {
            Map<String, Integer> missing = new HashMap<>();
            for (int street = 0; street < ids.length; street++) {
                if (ids[street] == 0) {
                    missing.put(chunk.streetKey(street), street);
                }
            }
            try (var insert = connection.prepareStatement(INSERT_STREETS)) {
                insert.setArray(1, connection.createArrayOf("int4", missing.values().toArray()));
                try (ResultSet rs = insert.executeQuery()) {
                    while (rs.next()) {
                        ids[missing.get(CopyChunk.streetKey(rs.getString(2), rs.getString(3), rs.getString(4)))] =
                                rs.getLong(1);
                    }
                }
            }
        }
        return ids;
    }
}
