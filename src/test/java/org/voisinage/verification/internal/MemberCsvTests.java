package org.voisinage.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MemberCsvTests {

    private static MemberCsv.Result read(String text) throws IOException {
        return MemberCsv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsSemicolonsWithABomAndKeepsGoodLines() throws IOException {
        var result = read("\uFEFFmember_number;name;number;street;postcode;town\n"
                + "A-12;Camille Martin;12 bis;Rue des Lilas;69100;Villeurbanne\n"
                + "\n"
                + "A-13;Lou;;Rue des Lilas;69100;Villeurbanne\n"
                + "A-14;Lou;3;Rue des Lilas;69100\n");
        assertThat(result.fileError()).isNull();
        assertThat(result.lines()).singleElement().satisfies(line -> {
            assertThat(line.lineNumber()).isEqualTo(2);
            assertThat(line.number()).isEqualTo("12 bis");
            assertThat(line.town()).isEqualTo("Villeurbanne");
        });
        assertThat(result.problems()).extracting(MemberCsv.Problem::lineNumber).containsExactly(4, 5);
        assertThat(result.problems().get(0).messageKey()).isEqualTo("verification.members.line.missing");
        assertThat(result.problems().get(0).detail()).isEqualTo("number");
        assertThat(result.problems().get(1).messageKey()).isEqualTo("verification.members.line.columns");
    }

    @Test
    void readsCommasAndQuotedFields() throws IOException {
        var result = read("member_number,name,number,street,postcode,town\r\n"
                + "B-1,\"Martin, Camille\",4,\"Rue du \"\"Port\"\"\",44000,Nantes\r\n");
        assertThat(result.lines()).singleElement().satisfies(line -> {
            assertThat(line.name()).isEqualTo("Martin, Camille");
            assertThat(line.street()).isEqualTo("Rue du \"Port\"");
        });
    }

    @Test
    void refusesAFileWithoutTheHeaderOrNotInUtf8() throws IOException {
        assertThat(read("").fileError()).isEqualTo("verification.members.file.empty");
        assertThat(read("number;name\n1;2\n").fileError()).isEqualTo("verification.members.file.header");
        byte[] latin1 = "member_number;name;number;street;postcode;town\nA;Andr\u00e9;1;Rue;69100;Lyon\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(MemberCsv.read(new ByteArrayInputStream(latin1)).fileError())
                .isEqualTo("verification.members.file.encoding");
    }

    @Test
    void memberNumbersAreComparedWithoutBlanksOrCase() {
        assertThat(MemberNumbers.normalise(" a-12 34 ")).isEqualTo("A-1234");
        assertThat(MemberNumbers.normalise("  ")).isNull();
        assertThat(MemberNumbers.normalise(null)).isNull();
    }
}
