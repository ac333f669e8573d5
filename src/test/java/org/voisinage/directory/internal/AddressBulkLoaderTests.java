package org.voisinage.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The loader's two ways in, which need an empty directory to show: the tests run against copies of the
 * directory's tables in a schema of their own (the real ones are shared with other tests).
 */
@SpringBootTest
@AutoConfigureMockMvc
class AddressBulkLoaderTests {

    @Autowired
    DataSource dataSource;

    final String schema = "loader_" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aFirstImportCopiesStraightInFallsBackToUpsertsOnARepeatedIdAndBuildsItsIndexes() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try {
                createEmptyDirectory(connection);
                try (AddressBulkLoader loader = new AddressBulkLoader(connection)) {
                    assertThat(indexes(connection)).as("built at the end of a first import")
                            .doesNotContain("address_street_number_idx", "street_postcode_name_trgm_idx");
                    loader.load(CopyChunk.of(List.of(row("1", 1, "Rue Léon Blum"), row("2", 3, "Rue Léon Blum"))));
                    // id 2 again, in a later chunk: the last line wins, as within a chunk
                    loader.load(CopyChunk.of(List.of(row("2", 5, "Rue Émile Zola"), row("3", 7, "Rue Léon Blum"))));
                    loader.finish();
                }
                assertThat(query(connection, "select id || ' ' || numero from address order by id"))
                        .containsExactly("1 1", "2 5", "3 7");
                assertThat(query(connection, """
                        select a.id || ' ' || s.nom_voie from address a join street s on s.id = a.street_id
                        order by a.id""")).containsExactly("1 Rue Léon Blum", "2 Rue Émile Zola", "3 Rue Léon Blum");
                assertThat(indexes(connection)).contains("address_street_number_idx", "street_postcode_name_trgm_idx",
                        "street_town_idx");

                List<String> before = query(connection, "select xmin::text from address order by id");
                try (AddressBulkLoader loader = new AddressBulkLoader(connection)) {
                    loader.load(CopyChunk.of(List.of(row("1", 1, "Rue Léon Blum"), row("2", 5, "Rue Émile Zola"),
                            row("3", 7, "Rue Léon Blum"))));
                    loader.finish();
                }
                assertThat(query(connection, "select xmin::text from address order by id"))
                        .as("re-importing rewrites nothing").isEqualTo(before);
                assertThat(query(connection, "select count(*)::text from street")).containsExactly("2");
            } finally {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("drop schema if exists " + schema + " cascade");
                    statement.execute("reset search_path");
                }
            }
        }
    }

    /** The tables of V10 with their indexes, first on the search path. */
    private void createEmptyDirectory(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
            statement.execute("set search_path = " + schema + ", public");
            statement.execute("""
                    create table street (
                        id bigint generated always as identity primary key,
                        code_postal text collate "C" not null, commune_norm text collate "C" not null,
                        voie_norm text collate "C" not null, nom_voie text not null, nom_commune text not null,
                        code_insee text,
                        constraint street_natural_key unique (code_postal, commune_norm, voie_norm));
                    create index street_postcode_name_trgm_idx on street using gist (code_postal, voie_norm gist_trgm_ops);
                    create index street_town_idx on street (commune_norm);
                    create table address (
                        id text collate "C" primary key, street_id bigint not null, numero text not null,
                        numero_int int not null, rep text, rep_norm text collate "C" not null default '',
                        nom_voie text not null, code_postal text not null, code_insee text, nom_commune text not null,
                        lon double precision not null, lat double precision not null);
                    create index address_street_number_idx on address (street_id, numero_int, rep_norm)""");
        }
    }

    private List<String> indexes(Connection connection) throws SQLException {
        return query(connection, "select indexname from pg_indexes where schemaname = '" + schema + "'");
    }

    private static List<String> query(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static BanRow row(String id, int number, String street) {
        return new BanRow(1, id, Integer.toString(number), number, null, "", street, AddressNormaliser.street(street),
                "97110", null, "Testville", AddressNormaliser.town("Testville"), 4.8, 45.7);
    }
}
