package org.voisinage.directory.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes chunks of BAN rows into {@code street} and {@code address} on one connection, one transaction per
 * chunk so the memory stays flat and progress is visible.
 * <p>
 * Streets first: the chunk's distinct streets are copied into a temporary table, looked up, the missing
 * ones inserted, so that each address leaves Java with its street id. Addresses then go one of two ways:
 * <ul>
 * <li>into an empty directory (a first import), straight into {@code address} with COPY: there is nothing
 * to compare with, and COPY is the cheapest way in. Should an id come back in a later chunk (a file listing
 * it twice), the primary key refuses that chunk, which then takes the second way, and so do the next ones;</li>
 * <li>otherwise through a temporary staging table and one upsert keyed by the BAN id, which leaves rows
 * identical to what is stored alone, so re-importing a file rewrites nothing.</li>
 * </ul>
 * A first import also builds the secondary indexes once at the end rather than row by row (several times
 * faster, the street trigram index most of all); meanwhile matching works, without them.
 */
public final class AddressBulkLoader implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AddressBulkLoader.class);

    /** One import writes at a time (an upload and the command line could overlap). */
    private static final String LOCK = "hashtext('voisinage.address_import')";

    /** As V10 creates them; dropped during a first import, then built again. */
    private static final Map<String, String> ADDRESS_INDEXES = Map.of("address_street_number_idx",
            "create index if not exists address_street_number_idx on address (street_id, numero_int, rep_norm)");
    private static final Map<String, String> STREET_INDEXES = Map.of(
            "street_postcode_name_trgm_idx",
            "create index if not exists street_postcode_name_trgm_idx on street using gist (code_postal, voie_norm gist_trgm_ops)",
            "street_town_idx", "create index if not exists street_town_idx on street (commune_norm)");

    private static final String CREATE_STAGING = """
            create temp table if not exists street_staging (
                number int, code_postal text collate "C", commune_norm text collate "C", voie_norm text collate "C",
                nom_voie text, nom_commune text, code_insee text
            ) on commit delete rows;
            create temp table if not exists address_staging (like address) on commit delete rows
            """;

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

    /** Column order of the COPY text {@link CopyChunk} writes. */
    private static final String ADDRESS_COLUMNS =
            "(id, numero, numero_int, rep, rep_norm, nom_voie, code_postal, code_insee, nom_commune, lon, lat, street_id)";

    /**
     * One pass over the chunk: each staged address is looked up once by id, then updated when its BAN data
     * changed, inserted when new, left alone when identical (so re-importing a file rewrites nothing).
     * Not ON CONFLICT DO UPDATE, which locks, and so rewrites, every existing row even when nothing changed.
     */
    private static final String UPSERT_ADDRESSES = """
            with incoming as (
                select n.*, a.id as existing_id,
                       (a.street_id, a.numero, a.rep, a.nom_voie, a.code_postal, a.code_insee, a.nom_commune, a.lon, a.lat)
                       is distinct from
                       (n.street_id, n.numero, n.rep, n.nom_voie, n.code_postal, n.code_insee, n.nom_commune, n.lon, n.lat)
                       as changed
                from address_staging n
                left join address a on a.id = n.id
            ), updated as (
                update address a set
                    street_id = i.street_id, numero = i.numero, numero_int = i.numero_int, rep = i.rep,
                    rep_norm = i.rep_norm, nom_voie = i.nom_voie, code_postal = i.code_postal,
                    code_insee = i.code_insee, nom_commune = i.nom_commune, lon = i.lon, lat = i.lat
                from incoming i
                where i.existing_id is not null and i.changed and a.id = i.existing_id
            )
            insert into address (id, street_id, numero, numero_int, rep, rep_norm, nom_voie, code_postal, code_insee,
                                 nom_commune, lon, lat)
            select i.id, i.street_id, i.numero, i.numero_int, i.rep, i.rep_norm, i.nom_voie, i.code_postal,
                   i.code_insee, i.nom_commune, i.lon, i.lat
            from incoming i
            where i.existing_id is null
            """;

    /** Streets left without addresses after an import renamed or moved them. */
    private static final String DELETE_EMPTY_STREETS = """
            delete from street s where not exists (select 1 from address a where a.street_id = s.id)
            """;

    private final Connection connection;
    private final PGConnection postgres;
    /** Addresses go straight into the table: it was empty when this import began and no id came twice. */
    private boolean intoEmptyDirectory;
    /** False when both tables were empty at the start: each street this import wrote then has an address. */
    private boolean streetsMayBeLeftEmpty;
    private final List<String> droppedIndexes = new ArrayList<>();
    private final Timings timings = new Timings();

    public AddressBulkLoader(Connection connection) throws SQLException {
        this.connection = connection;
        this.postgres = connection.unwrap(PGConnection.class);
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            // Held until close(): imports never interleave, so what was empty at the start stays ours.
            statement.execute("select pg_advisory_lock(" + LOCK + ")");
            // An import can always be run again (it is idempotent), so its commits need not wait for the disk.
            statement.execute("set synchronous_commit = off");
            // The upsert keeps a chunk in memory rather than in a temporary file; index builds sort in memory.
            statement.execute("set work_mem = '64MB'");
            statement.execute("set maintenance_work_mem = '256MB'");
            statement.execute(CREATE_STAGING);
            boolean addressesEmpty;
            boolean streetsEmpty;
            try (ResultSet rs = statement.executeQuery(
                    "select not exists (select 1 from address), not exists (select 1 from street)")) {
                rs.next();
                addressesEmpty = rs.getBoolean(1);
                streetsEmpty = rs.getBoolean(2);
            }
            intoEmptyDirectory = addressesEmpty;
            streetsMayBeLeftEmpty = !(addressesEmpty && streetsEmpty);
            if (addressesEmpty) {
                dropIndexes(statement, ADDRESS_INDEXES);
            }
            if (streetsEmpty) {
                dropIndexes(statement, STREET_INDEXES);
            }
        }
        connection.commit();
    }

    private void dropIndexes(Statement statement, Map<String, String> indexes) throws SQLException {
        for (String index : indexes.keySet()) {
            statement.execute("drop index if exists " + index);
            droppedIndexes.add(index);
        }
    }

    /** Stores one chunk in one transaction. */
    public void load(CopyChunk chunk) throws SQLException {
        if (chunk.rowCount() == 0) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            // A chunk is small next to the directory, and its temporary tables have no statistics: look each
            // row up through the indexes rather than let the planner hash a whole table.
            statement.execute("set local enable_hashjoin = off; set local enable_mergejoin = off");
            long started = System.nanoTime();
            long[] streetIds = streetIds(chunk);
            started = timings.add(Timings.STREETS, started);
            byte[] addresses = chunk.addresses(streetIds);
            if (intoEmptyDirectory && copyIntoEmptyDirectory(addresses)) {
                started = timings.add(Timings.COPY_ADDRESSES, started);
            } else {
                copy("copy address_staging " + ADDRESS_COLUMNS + " from stdin", addresses);
                statement.executeUpdate(UPSERT_ADDRESSES);
                started = timings.add(Timings.UPSERT_ADDRESSES, started);
            }
            connection.commit();
            timings.add(Timings.COMMIT, started);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /** The id of each of the chunk's streets, by street number, inserting the streets not stored yet. */
    private long[] streetIds(CopyChunk chunk) throws SQLException {
        copy("copy street_staging from stdin", chunk.streets());
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

    /**
     * COPY straight into the table; refused as a whole when an id is already there (a file listing an id in
     * two chunks): this chunk and the following ones then take the upsert.
     */
    private boolean copyIntoEmptyDirectory(byte[] addresses) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try {
            copy("copy address " + ADDRESS_COLUMNS + " from stdin", addresses);
            connection.releaseSavepoint(savepoint);
            return true;
        } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState())) { // unique_violation
                throw e;
            }
            connection.rollback(savepoint);
            intoEmptyDirectory = false;
            streetsMayBeLeftEmpty = true;
            log.info("An address id came twice in the file: the import goes on with upserts");
            return false;
        }
    }

    /** After the last chunk: builds the indexes a first import left out, drops the streets no address uses. */
    public void finish() throws SQLException {
        long started = System.nanoTime();
        restoreDroppedIndexes();
        started = timings.add(Timings.INDEXES, started);
        if (streetsMayBeLeftEmpty) {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate(DELETE_EMPTY_STREETS);
            }
            connection.commit();
        }
        timings.add(Timings.EMPTY_STREETS, started);
        log.info("Address import database time: {}", timings);
    }

    private void restoreDroppedIndexes() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String index : droppedIndexes) {
                statement.execute(ADDRESS_INDEXES.getOrDefault(index, STREET_INDEXES.get(index)));
            }
        }
        connection.commit();
        droppedIndexes.clear();
    }

    /**
     * Builds the directory's indexes again should a first import have stopped before it could (the
     * application was killed meanwhile). Cheap when they exist; does nothing while an import runs, as that
     * import builds them at its end.
     */
    public static void restoreIndexes(Connection connection) throws SQLException {
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

    /** Sends a chunk's COPY text in one go (a few MB): far cheaper than writing it row by row. */
    private void copy(String sql, byte[] text) throws SQLException {
        CopyIn copy = postgres.getCopyAPI().copyIn(sql);
        try {
            copy.writeToCopy(text, 0, text.length);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** Leaves the connection as the pool lent it, and the directory with all its indexes, even on failure. */
    @Override
    public void close() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            connection.rollback();
            if (!droppedIndexes.isEmpty()) {
                restoreDroppedIndexes();
            }
            statement.execute("drop table if exists address_staging; drop table if exists street_staging");
            statement.execute("reset synchronous_commit; reset work_mem; reset maintenance_work_mem");
            connection.commit();
        } finally {
            // whatever failed above, a pooled connection must not keep other imports waiting
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("select pg_advisory_unlock(" + LOCK + ")");
            }
        }
    }

    /** Where an import's database time goes, for the log. */
    private static final class Timings {

        static final int STREETS = 0;
        static final int COPY_ADDRESSES = 1;
        static final int UPSERT_ADDRESSES = 2;
        static final int COMMIT = 3;
        static final int INDEXES = 4;
        static final int EMPTY_STREETS = 5;
        private static final String[] NAMES = {"streets", "addresses copied", "addresses upserted", "commits",
                "index builds", "empty streets"};
        private final long[] nanos = new long[NAMES.length];

        /** Adds the time since {@code started} and returns now. */
        long add(int step, long started) {
            long now = System.nanoTime();
            nanos[step] += now - started;
            return now;
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < NAMES.length; i++) {
                text.append(i == 0 ? "" : ", ").append(NAMES[i]).append(' ').append(nanos[i] / 1_000_000).append(" ms");
            }
            return text.toString();
        }
    }
}
