package org.voisinage.moderation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTests {

    @Test
    void quotesEveryFieldAndDoublesQuotes() {
        assertThat(Csv.line(Arrays.asList("a", "say \"hi\", then go", null, 42)))
                .isEqualTo("\"a\",\"say \"\"hi\"\", then go\",\"\",\"42\"\r\n");
    }

    @Test
    void keepsLineBreaksInsideTheQuotes() {
        assertThat(Csv.line(List.of("two\nlines"))).isEqualTo("\"two\nlines\"\r\n");
    }

    @Test
    void neutralisesWhatASpreadsheetWouldRunAsAFormula() {
        for (String formula : List.of("=HYPERLINK(\"http://evil\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(Csv.field(formula)).startsWith("\"'");
        }
        assertThat(Csv.field("a=b")).isEqualTo("\"a=b\"");
    }
}
