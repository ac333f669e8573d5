package org.voisinage.directory.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Writes chunks of BAN rows into {@code street} and {@code address} on one connection: COPY into temporary
 * staging tables (fast, not logged), then upserts keyed by the BAN id, one transaction per chunk so the
 * memory stays flat and progress is visible. Rows identical to what is stored are not rewritten, which
 * keeps re-importing a file free of changes.
 */
public final class AddressBulkLoader implements AutoCloseable {

    private static final String CREATE_STAGING = """
            create temp table if not exists address_staging (
                id text, numero text, numero_int int, rep text, rep_norm text, nom_voie text, code_postal text,
                code_insee text, nom_commune text, commune_norm text, voie_norm text, lon float8, lat float8
            ) on commit delete rows;
            create temp table if not exists street_staging (
                code_postal text, commune_norm text, voie_norm text, nom_voie text, nom_commune text, code_insee text
            ) on commit delete rows
            """;

    private static final String INSERT_STREETS = """
            insert into street (code_postal, commune_norm, voie_norm, nom_voie, nom_commune, code_insee)
            select n.code_postal, n.commune_norm, n.voie_norm, n.nom_voie, n.nom_commune, n.code_insee
            from street_staging n
            where not exists (select 1 from street s where s.code_postal = n.code_postal
                              and s.commune_norm = n.commune_norm and s.voie_norm = n.voie_norm)
            on conflict (code_postal, commune_norm, voie_norm) do nothing
            """;

    private static final String UPSERT_ADDRESSES = """
            insert into address (id, street_id, numero, numero_int, rep, rep_norm, nom_voie, code_postal, code_insee,
                                 nom_commune, lon, lat)
            select a.id, s.id, a.numero, a.numero_int, a.rep, a.rep_norm, a.nom_voie, a.code_postal, a.code_insee,
                   a.nom_commune, a.lon, a.lat
            from address_staging a
            join street s on s.code_postal = a.code_postal and s.commune_norm = a.commune_norm
                         and s.voie_norm = a.voie_norm
            on conflict (id) do update set
                street_id = excluded.street_id, numero = excluded.numero, numero_int = excluded.numero_int,
                rep = excluded.rep, rep_norm = excluded.rep_norm, nom_voie = excluded.nom_voie,
                code_postal = excluded.code_postal, code_insee = excluded.code_insee,
                nom_commune = excluded.nom_commune, lon = excluded.lon, lat = excluded.lat
            where (address.street_id, address.numero, address.rep, address.nom_voie, address.code_postal,
                   address.code_insee, address.nom_commune, address.lon, address.lat)
                  is distinct from
                  (excluded.street_id, excluded.numero, excluded.rep, excluded.nom_voie, excluded.code_postal,
                   excluded.code_insee, excluded.nom_commune, excluded.lon, excluded.lat)
            """;

    /** Streets left without addresses after an import renamed or moved them. */
    private static final String DELETE_EMPTY_STREETS = """
            delete from street s where not exists (select 1 from address a where a.street_id = s.id)
            """;

    private final Connection connection;
    private final PGConnection postgres;

    public AddressBulkLoader(Connection connection) throws SQLException {
        this.connection = connection;
        this.postgres = connection.unwrap(PGConnection.class);
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            // An import can always be run again (it is idempotent), so its commits need not wait for the disk.
            statement.execute("set synchronous_commit = off");
            statement.execute(CREATE_STAGING);
        }
        connection.commit();
    }

    /** Stores one chunk in one transaction. Within a chunk each id appears once (the caller keeps the last). */
    public void load(Collection<BanRow> rows) throws SQLException, IOException {
        if (rows.isEmpty()) {
            return;
        }
        try {
            copyStreets(rows);
            copyAddresses(rows);
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze address_staging");
                statement.executeUpdate(INSERT_STREETS);
                statement.executeUpdate(UPSERT_ADDRESSES);
            }
            connection.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /** After the last chunk: drops the streets no address uses any more. */
    public void finish() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(DELETE_EMPTY_STREETS);
        }
        connection.commit();
    }

    private void copyStreets(Collection<BanRow> rows) throws SQLException, IOException {
        Map<String, BanRow> streets = new HashMap<>();
        for (BanRow row : rows) {
            streets.putIfAbsent(row.codePostal() + '|' + row.communeNorm() + '|' + row.voieNorm(), row);
        }
        try (Writer out = copy("copy street_staging from stdin")) {
            for (BanRow row : streets.values()) {
                field(out, row.codePostal()).write('\t');
                field(out, row.communeNorm()).write('\t');
                field(out, row.voieNorm()).write('\t');
                field(out, row.nomVoie()).write('\t');
                field(out, row.nomCommune()).write('\t');
                field(out, row.codeInsee()).write('\n');
            }
        }
    }

    private void copyAddresses(Collection<BanRow> rows) throws SQLException, IOException {
        try (Writer out = copy("copy address_staging from stdin")) {
            for (BanRow row : rows) {
                field(out, row.id()).write('\t');
                field(out, row.numero()).write('\t');
                out.write(Integer.toString(row.numeroInt()));
                out.write('\t');
                field(out, row.rep()).write('\t');
                field(out, row.repNorm()).write('\t');
                field(out, row.nomVoie()).write('\t');
                field(out, row.codePostal()).write('\t');
                field(out, row.codeInsee()).write('\t');
                field(out, row.nomCommune()).write('\t');
                field(out, row.communeNorm()).write('\t');
                field(out, row.voieNorm()).write('\t');
                out.write(Double.toString(row.lon()));
                out.write('\t');
                out.write(Double.toString(row.lat()));
                out.write('\n');
            }
        }
    }

    private Writer copy(String sql) throws SQLException {
        return new BufferedWriter(new OutputStreamWriter(new PGCopyOutputStream(postgres, sql, 1 << 16),
                StandardCharsets.UTF_8), 1 << 16);
    }

    /** One value in COPY text format: \N for null, backslash escapes for the separators. */
    private static Writer field(Writer out, String value) throws IOException {
        if (value == null) {
            out.write("\\N");
            return out;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.write("\\\\");
                case '\t' -> out.write("\\t");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                default -> out.write(c);
            }
        }
        return out;
    }

    /** Leaves the connection as the pool lent it. */
    @Override
    public void close() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            connection.rollback();
            statement.execute("drop table if exists address_staging; drop table if exists street_staging");
            statement.execute("reset synchronous_commit");
            connection.commit();
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
