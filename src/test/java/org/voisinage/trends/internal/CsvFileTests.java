package org.voisinage.trends.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV as French spreadsheets read it: a byte order mark, semicolons, CRLF, quotes, never a formula. */
class CsvFileTests {

    @Test
    void fieldsAreSeparatedBySemicolonsQuotedWhenNeededAndNeverReadAsFormulas() {
        byte[] file = CsvFile.write(List.of(List.of("Commune", "Valeur"),
                List.of("Saint-Didier; \"le haut\"", "< 5"), List.of("=HYPERLINK(\"x\")", "-3")));

        assertThat(file).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(file, StandardCharsets.UTF_8)).isEqualTo("\uFEFFCommune;Valeur\r\n"
                + "\"Saint-Didier; \"\"le haut\"\"\";< 5\r\n"
                + "\"'=HYPERLINK(\"\"x\"\")\";'-3\r\n");
    }
}
