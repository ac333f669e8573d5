package org.voisinage.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
@AutoConfigureMockMvc
class AddressImportsTests {

    static final String HEADER = BanCsvGenerator.HEADER;

    @Autowired
    AddressImports imports;

    @Autowired
    AddressDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path temp;

    /** Unique ids per test: the database is shared with other test classes. */
    final String prefix = "t" + UUID.randomUUID().toString().substring(0, 8) + "_";

    @Test
    void keepsValidLinesAndReportsRejectedOnesWithTheirLineNumbers() throws IOException {
        Path file = write("plain.csv", false,
                line("1", "12", "", "Rue Léon Blum", "97101", "4.88", "45.76"),
                line("2", "12", "bis", "Rue Léon Blum", "97101", "4.88", "45.76"),
                line("3", "x", "", "Rue Léon Blum", "97101", "4.88", "45.76"),
                "broken;line",
                line("4", "14", "", "", "97101", "4.88", "45.76"),
                line("5", "16", "", "Rue Léon Blum", "97101", "4.88", "245.76"),
                line("6", "3", "", "Avenue Roger Salengro", "97101", "4.89", "45.77"));

        ImportReport report = imports.importFile(file, "plain.csv", "test");

        assertThat(report.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(report.rowsRead()).isEqualTo(7);
        assertThat(report.rowsImported()).isEqualTo(3);
        assertThat(report.rowsRejected()).isEqualTo(4);
        assertThat(report.rejections()).extracting(ImportRejection::lineNumber, ImportRejection::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4L, RejectionReason.BAD_NUMBER),
                        org.assertj.core.groups.Tuple.tuple(5L, RejectionReason.COLUMN_COUNT),
                        org.assertj.core.groups.Tuple.tuple(6L, RejectionReason.MISSING_FIELD),
                        org.assertj.core.groups.Tuple.tuple(7L, RejectionReason.COORDINATES_OUT_OF_RANGE));
        assertThat(directory.find(prefix + "2")).hasValueSatisfying(address -> {
            assertThat(address.streetLine()).isEqualTo("12 bis Rue Léon Blum");
            assertThat(address.label()).isEqualTo("12 bis Rue Léon Blum, 97101 Testville");
        });
        AddressImportView view = imports.get(report.id());
        assertThat(view.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(view.bytesRead()).isEqualTo(view.bytesTotal()).isEqualTo(Files.size(file));
        assertThat(view.percent()).isEqualTo(100);
        assertThat(view.finishedAt()).isNotNull();
        assertThat(imports.recent(50)).extracting(AddressImportView::id).contains(report.id());
    }

    @Test
    void reimportingAGzippedFileChangesNothingAndANewerFileUpdatesInPlace() throws IOException {
        Path file = write("ban.csv.gz", true,
                line("1", "1", "", "Rue Anatole France", "97102", "4.88", "45.76"),
                line("2", "3", "", "Rue Anatole France", "97102", "4.88", "45.76"),
                line("2", "5", "", "Rue Anatole France", "97102", "4.88", "45.76"));

        ImportReport first = imports.importFile(file, "ban.csv.gz", "test");
        long count = countMine();
        String before = jdbc.sql("select xmin::text from address where id = ?").param(prefix + "1").query(String.class).single();
        ImportReport second = imports.importFile(file, "ban.csv.gz", "test");

        assertThat(first.rowsImported()).isEqualTo(3).isEqualTo(second.rowsImported());
        assertThat(countMine()).isEqualTo(count).isEqualTo(2);
        assertThat(directory.find(prefix + "2").orElseThrow().number()).as("the last line wins").isEqualTo("5");
        assertThat(jdbc.sql("select xmin::text from address where id = ?").param(prefix + "1").query(String.class).single())
                .as("an unchanged row is not rewritten").isEqualTo(before);

        Path newer = write("newer.csv", false, line("1", "1", "", "Rue Anatole France", "97102", "4.9", "45.7"));
        imports.importFile(newer, "newer.csv", "test");
        assertThat(directory.find(prefix + "1").orElseThrow().longitude()).isEqualTo(4.9);
        assertThat(countMine()).isEqualTo(2);
    }

    @Test
    void aFileWithoutTheRequiredColumnsFails() throws IOException {
        Path file = temp.resolve("wrong.csv");
        Files.writeString(file, "id;numero;nom_voie\n1;2;Rue X\n");

        ImportReport report = imports.importFile(file, "wrong.csv", "test");

        assertThat(report.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(report.failure()).isEqualTo(ImportFailure.MISSING_COLUMNS);
        assertThat(imports.get(report.id()).failureDetail()).isEqualTo("code_postal, nom_commune, lon, lat");
    }

    @Test
    void aDamagedGzipFileFails() throws IOException {
        Path file = temp.resolve("damaged.csv.gz");
        Files.write(file, new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});

        assertThat(imports.importFile(file, "damaged.csv.gz", "test").failure()).isEqualTo(ImportFailure.UNREADABLE);
    }

    @Test
    void theDemoFileImportsCleanly() {
        ImportReport report = imports.importStream(getClass().getResourceAsStream("/demo/addresses-villeurbanne.csv"),
                "addresses-villeurbanne.csv", "test");

        assertThat(report.succeeded()).isTrue();
        assertThat(report.rowsRejected()).isZero();
        assertThat(report.rowsImported()).isBetween(300L, 600L);
        assertThat(directory.match(new AddressQuery("1", "Avenue Henri Barbusse", "69100", "Villeurbanne")).exact())
                .isPresent();
    }

    private long countMine() {
        return jdbc.sql("select count(*) from address where id like ?").param(prefix + "%").query(Long.class).single();
    }

    private String line(String id, String numero, String rep, String street, String postcode, String lon, String lat) {
        return String.join(";", prefix + id, "", numero, rep, street, postcode, "97101", "Testville", "", "", "", "",
                lon, lat, "entrée", "", "", "", "", "", "", "", "");
    }

    Path write(String name, boolean gzip, String... lines) throws IOException {
        Path file = temp.resolve(name);
        byte[] content = (HEADER + "\n" + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
            out.write(content);
        }
        return file;
    }
}
