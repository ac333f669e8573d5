package org.voisinage.directory.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes chunks of BAN rows into {@code street} and {@code address} on one connection, one transaction per
 * chunk so the memory stays flat and progress is visible.
 * <p>
 * Streets first ({@link StreetIds}), so that each address leaves Java with its street id. Addresses then go one of
 * two ways:
 * <ul>
 * <li>into an empty directory (a first import), straight into {@code address} with COPY: there is nothing
 * to compare with, and COPY is the cheapest way in. Should an id come back in a later chunk (a file listing
 * it twice), the primary key refuses that chunk, which then takes the second way, and so do the next ones;</li>
 * <li>otherwise through a temporary staging table and one upsert keyed by the BAN id, which leaves rows
 * identical to what is stored alone, so re-importing a file rewrites nothing.</li>
 * </ul>
 * A first import also builds the secondary indexes once at the end ({@link DirectoryIndexes}); meanwhile matching
 * works, without them.
 */
public final class AddressBulkLoader implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AddressBulkLoader.class);

    private static final String CREATE_STAGING = """
            create temp table if not exists street_staging (
                number int, code_postal text collate "C", commune_norm text collate "C", voie_norm text collate "C",
                nom_voie text, nom_commune text, code_insee text
            ) on commit delete rows;
            create temp table if not exists address_staging (like address) on commit delete rows
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
    /** Addresses go straight into the table: it was empty when this import began and no id came twice. */
    private boolean intoEmptyDirectory;
    /** False when both tables were empty at the start: each street this import wrote then has an address. */
    private boolean streetsMayBeLeftEmpty;
    private List<String> droppedIndexes = List.of();
    private final LoadTimings timings = new LoadTimings();

    public AddressBulkLoader(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            // Held until close(): imports never interleave, so what was empty at the start stays ours.
            statement.execute("select pg_advisory_lock(" + DirectoryIndexes.LOCK + ")");
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
            droppedIndexes = DirectoryIndexes.dropForEmpty(statement, addressesEmpty, streetsEmpty);
        }
        connection.commit();
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
            long[] streetIds = StreetIds.of(chunk, connection);
            started = timings.add(LoadTimings.STREETS, started);
            byte[] addresses = chunk.addresses(streetIds);
            if (intoEmptyDirectory && copyIntoEmptyDirectory(addresses)) {
                started = timings.add(LoadTimings.COPY_ADDRESSES, started);
            } else {
                PgCopy.copy(connection, "copy address_staging " + ADDRESS_COLUMNS + " from stdin", addresses);
                statement.executeUpdate(UPSERT_ADDRESSES);
                started = timings.add(LoadTimings.UPSERT_ADDRESSES, started);
            }
            connection.commit();
            timings.add(LoadTimings.COMMIT, started);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /**
     * COPY straight into the table; refused as a whole when an id is already there (a file listing an id in
     * two chunks): this chunk and the following ones then take the upsert.
     */
    private boolean copyIntoEmptyDirectory(byte[] addresses) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try {
            PgCopy.copy(connection, "copy address " + ADDRESS_COLUMNS + " from stdin", addresses);
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
        started = timings.add(LoadTimings.INDEXES, started);
        if (streetsMayBeLeftEmpty) {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate(DELETE_EMPTY_STREETS);
            }
            connection.commit();
        }
        timings.add(LoadTimings.EMPTY_STREETS, started);
        log.info("Address import database time: {}", timings);
    }

    private void restoreDroppedIndexes() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            DirectoryIndexes.build(statement, droppedIndexes);
        }
        connection.commit();
        droppedIndexes = List.of();
    }

    /**
     * Builds the directory's indexes again should a first import have stopped before it could (the
     * application was killed meanwhile). Cheap when they exist; does nothing while an import runs, as that
     * import builds them at its end.
     */
    public static void restoreIndexes(Connection connection) throws SQLException {
        DirectoryIndexes.restore(connection);
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
                statement.execute("select pg_advisory_unlock(" + DirectoryIndexes.LOCK + ")");
            }
        }
    }
}
