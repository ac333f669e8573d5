package org.voisinage.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.voisinage.directory.ImportFailure;
import org.voisinage.directory.ImportRejection;
import org.voisinage.directory.RejectionReason;

class BanCsvReaderTests {

    static final String HEADER = "id;numero;rep;nom_voie;code_postal;code_insee;nom_commune;lon;lat;extra";

    @Test
    void readsColumnsByNameAndRejectsBadLinesWithTheirNumber() throws IOException {
        List<Object> lines = readAll(String.join("\n",
                HEADER,
                "a1;12;bis;Rue Léon Blum;69100;69266;Villeurbanne;4.88;45.76;x",
                "a2;12;;Rue Léon Blum;69100;69266;Villeurbanne;4.88",
                "",
                "a3;;;Rue Léon Blum;69100;69266;Villeurbanne;4.88;45.76;x",
                "a4;12a;;Rue Léon Blum;69100;69266;Villeurbanne;4.88;45.76;x",
                "a5;12;;Rue Léon Blum;6910;69266;Villeurbanne;4.88;45.76;x",
                "a6;12;;Rue Léon Blum;69100;69266;Villeurbanne;east;45.76;x",
                "a7;12;;Rue Léon Blum;69100;69266;Villeurbanne;4.88;95.1;x",
                "\"a8\";3;;\"Rue \"\"des\"\"; Lilas\";69100;;Villeurbanne;4.88;45.76;x"));

        assertThat(lines).hasSize(8);
        BanRow first = (BanRow) lines.get(0);
        assertThat(first.lineNumber()).isEqualTo(2);
        assertThat(first.numeroInt()).isEqualTo(12);
        assertThat(first.repNorm()).isEqualTo("bis");
        assertThat(first.voieNorm()).isEqualTo("rue leon blum");
        assertThat(first.communeNorm()).isEqualTo("villeurbanne");
        assertThat(lines.subList(1, 7)).containsExactly(
                new ImportRejection(3, RejectionReason.COLUMN_COUNT, "10 / 8"),
                new ImportRejection(5, RejectionReason.MISSING_FIELD, "numero"),
                new ImportRejection(6, RejectionReason.BAD_NUMBER, "12a"),
                new ImportRejection(7, RejectionReason.BAD_POSTCODE, "6910"),
                new ImportRejection(8, RejectionReason.BAD_COORDINATES, "east 45.76"),
                new ImportRejection(9, RejectionReason.COORDINATES_OUT_OF_RANGE, "4.88 95.1"));
        BanRow quoted = (BanRow) lines.get(7);
        assertThat(quoted.nomVoie()).isEqualTo("Rue \"des\"; Lilas");
        assertThat(quoted.codeInsee()).isNull();
    }

    @Test
    void readsGzipByItsMagicBytes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write((HEADER + "\na1;1;;Rue X;69100;;Villeurbanne;4.88;45.76;\n").getBytes(StandardCharsets.UTF_8));
        }
        try (BanCsvReader reader = BanCsvReader.open(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(reader.next()).isInstanceOf(BanRow.class);
            assertThat(reader.next()).isNull();
            assertThat(reader.bytesRead()).isEqualTo(bytes.size());
        }
    }

    @Test
    void refusesAFileWithoutItsRequiredColumns() {
        assertThatThrownBy(() -> readAll("id;numero;nom_voie;lon\n1;2;Rue;4.8"))
                .isInstanceOfSatisfying(BanFileException.class, e -> {
                    assertThat(e.failure()).isEqualTo(ImportFailure.MISSING_COLUMNS);
                    assertThat(e.detail()).isEqualTo("code_postal, nom_commune, lat");
                });
        assertThatThrownBy(() -> readAll("")).isInstanceOfSatisfying(BanFileException.class,
                e -> assertThat(e.failure()).isEqualTo(ImportFailure.EMPTY_FILE));
    }

    private static List<Object> readAll(String csv) throws IOException {
        List<Object> lines = new ArrayList<>();
        try (BanCsvReader reader = BanCsvReader.open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))) {
            Object line;
            while ((line = reader.next()) != null) {
                lines.add(line);
            }
        }
        return lines;
    }
}
