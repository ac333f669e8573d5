package org.voisinage.directory.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes chunks of BAN rows into {@code street} and {@code address} on one connection: COPY into temporary
 * staging tables (fast, not logged), then upserts keyed by the BAN id, one transaction per chunk so the
 * memory stays flat and progress is visible. Rows identical to what is stored are not rewritten, which
 * keeps re-importing a file free of changes.
 */
public final class AddressBulkLoader implements AutoCloseable {

    private static final String CREATE_STAGING = """
            create temp table if not exists address_staging (
                id text collate "C", numero text, numero_int int, rep text, rep_norm text collate "C", nom_voie text,
                code_postal text collate "C", code_insee text, nom_commune text, commune_norm text collate "C",
                voie_norm text collate "C", lon float8, lat float8
            ) on commit delete rows;
            create temp table if not exists street_staging (
                code_postal text collate "C", commune_norm text collate "C", voie_norm text collate "C",
                nom_voie text, nom_commune text, code_insee text
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

    /**
     * One pass over the chunk: each staged address is looked up once by id, then updated when its BAN data
     * changed, inserted when new, left alone when identical (so re-importing a file rewrites nothing).
     * Not ON CONFLICT DO UPDATE, which locks, and so rewrites, every existing row even when nothing changed;
     * an advisory lock keeps two imports from racing instead.
     */
    private static final String UPSERT_ADDRESSES = """
            with incoming as (
                select n.*, s.id as new_street_id, a.id as existing_id,
                       (a.street_id, a.numero, a.rep, a.nom_voie, a.code_postal, a.code_insee, a.nom_commune, a.lon, a.lat)
                       is distinct from
                       (s.id, n.numero, n.rep, n.nom_voie, n.code_postal, n.code_insee, n.nom_commune, n.lon, n.lat)
                       as changed
                from address_staging n
                join street s on s.code_postal = n.code_postal and s.commune_norm = n.commune_norm
                             and s.voie_norm = n.voie_norm
                left join address a on a.id = n.id
            ), updated as (
                update address a set
                    street_id = i.new_street_id, numero = i.numero, numero_int = i.numero_int, rep = i.rep,
                    rep_norm = i.rep_norm, nom_voie = i.nom_voie, code_postal = i.code_postal,
                    code_insee = i.code_insee, nom_commune = i.nom_commune, lon = i.lon, lat = i.lat
                from incoming i
                where i.existing_id is not null and i.changed and a.id = i.existing_id
            )
            insert into address (id, street_id, numero, numero_int, rep, rep_norm, nom_voie, code_postal, code_insee,
                                 nom_commune, lon, lat)
            select i.id, i.new_street_id, i.numero, i.numero_int, i.rep, i.rep_norm, i.nom_voie, i.code_postal,
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
    public void load(Collection<BanRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try {
            copyStreets(rows);
            copyAddresses(rows);
            try (Statement statement = connection.createStatement()) {
                // one import writes at a time (an upload and the command line could overlap)
                statement.execute("select pg_advisory_xact_lock(hashtext('voisinage.address_import'))");
                statement.executeUpdate(INSERT_STREETS);
                statement.executeUpdate(UPSERT_ADDRESSES);
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /** After the last chunk: drops the streets no address uses any more. */
    public void finish() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_xact_lock(hashtext('voisinage.address_import'))");
            statement.executeUpdate(DELETE_EMPTY_STREETS);
        }
        connection.commit();
    }

    private void copyStreets(Collection<BanRow> rows) throws SQLException {
        Map<String, BanRow> streets = new HashMap<>();
        for (BanRow row : rows) {
            streets.putIfAbsent(row.codePostal() + '|' + row.communeNorm() + '|' + row.voieNorm(), row);
        }
        StringBuilder out = new StringBuilder(streets.size() * 100);
        for (BanRow row : streets.values()) {
            field(out, row.codePostal()).append('\t');
            field(out, row.communeNorm()).append('\t');
            field(out, row.voieNorm()).append('\t');
            field(out, row.nomVoie()).append('\t');
            field(out, row.nomCommune()).append('\t');
            field(out, row.codeInsee()).append('\n');
        }
        copy("copy street_staging from stdin", out);
    }

    private void copyAddresses(Collection<BanRow> rows) throws SQLException {
        StringBuilder out = new StringBuilder(rows.size() * 160);
        for (BanRow row : rows) {
            field(out, row.id()).append('\t');
            field(out, row.numero()).append('\t');
            out.append(row.numeroInt()).append('\t');
            field(out, row.rep()).append('\t');
            field(out, row.repNorm()).append('\t');
            field(out, row.nomVoie()).append('\t');
            field(out, row.codePostal()).append('\t');
            field(out, row.codeInsee()).append('\t');
            field(out, row.nomCommune()).append('\t');
            field(out, row.communeNorm()).append('\t');
            field(out, row.voieNorm()).append('\t');
            out.append(row.lon()).append('\t');
            out.append(row.lat()).append('\n');
        }
        copy("copy address_staging from stdin", out);
    }

    /** Sends the chunk's COPY text in one go (a few MB): far cheaper than writing it field by field. */
    private void copy(String sql, StringBuilder text) throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        CopyIn copy = postgres.getCopyAPI().copyIn(sql);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** One value in COPY text format: \N for null, backslash escapes for the separators. */
    private static StringBuilder field(StringBuilder out, String value) {
        if (value == null) {
            return out.append("\\N");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                return escaped(out, value);
            }
        }
        return out.append(value);
    }

    private static StringBuilder escaped(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
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
