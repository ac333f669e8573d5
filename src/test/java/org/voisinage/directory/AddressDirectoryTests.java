package org.voisinage.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class AddressDirectoryTests {

    /** A postcode and a town of our own: the database is shared with other test classes. */
    static final String POSTCODE = "98" + (100 + ThreadLocalRandom.current().nextInt(800));
    static final String TOWN = "Matchville " + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36)
            .replaceAll("[0-9]", "x");
    static boolean imported;

    @Autowired
    AddressDirectory directory;

    @Autowired
    AddressImports imports;

    @BeforeEach
    void importStreets() {
        if (imported) {
            return;
        }
        List<String> lines = new ArrayList<>(List.of(BanCsvGenerator.HEADER));
        String[] streets = {"Rue Léon Blum", "Avenue Henri Barbusse", "Cours Émile Zola", "Rue Francis de Pressensé",
                "Rue du 4 Août 1789", "Place Lazare Goujon", "Rue Frédéric Faÿs", "Boulevard du 11 Novembre 1918"};
        for (int s = 0; s < streets.length; s++) {
            for (int n = 1; n <= 20; n++) {
                lines.add(line(POSTCODE + "_" + s + "_" + n, n, "", streets[s]));
            }
            lines.add(line(POSTCODE + "_" + s + "_12bis", 12, "bis", streets[s]));
        }
        ImportReport report = imports.importStream(
                new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)), "match.csv", "test");
        assertThat(report.rowsRejected()).isZero();
        imported = true;
    }

    @Test
    void findsTheExactAddress() {
        AddressMatch match = directory.match(new AddressQuery("12", "Rue Léon Blum", POSTCODE, TOWN));

        assertThat(match.exact()).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo(POSTCODE + "_0_12"));
        assertThat(match.suggestions()).isEmpty();
    }

    @Test
    void understandsAbbreviationsAccentsAndRepetitions() {
        assertThat(directory.match(new AddressQuery("12b", "r. leon-blum", POSTCODE, "")).exact())
                .hasValueSatisfying(a -> assertThat(a.id()).isEqualTo(POSTCODE + "_0_12bis"));
        assertThat(directory.match(new AddressQuery("12 BIS", "RUE LEON BLUM", POSTCODE, "")).exact()).isPresent();
        assertThat(directory.match(new AddressQuery("3", "av henri barbusse", POSTCODE, "")).exact()).isPresent();
        assertThat(directory.match(new AddressQuery("3", "crs Emile Zola", POSTCODE, "")).exact()).isPresent();
        assertThat(directory.match(new AddressQuery("", "5 rue Frederic Fays", POSTCODE, "")).exact())
                .as("a number typed in the street field").isPresent();
    }

    @Test
    void fallsBackToTheTownWhenThePostcodeIsMissingOrWrong() {
        assertThat(directory.match(new AddressQuery("4", "Place Lazare Goujon", "", TOWN.toUpperCase())).exact()).isPresent();
        assertThat(directory.match(new AddressQuery("4", "Place Lazare Goujon", "00000", TOWN)).exact()).isPresent();
        assertThat(directory.match(new AddressQuery("4", "Place Lazare Goujn", "", TOWN)).suggestions()).isNotEmpty();
    }

    @Test
    void suggestsCloseStreetsPreferringTheTypedNumber() {
        AddressMatch match = directory.match(new AddressQuery("7", "Rue Francis de Presense", POSTCODE, TOWN));

        assertThat(match.exact()).isEmpty();
        assertThat(match.suggestions()).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(match.suggestions().get(0).streetLine()).isEqualTo("7 Rue Francis de Pressensé");
    }

    @Test
    void suggestsTheNearestNumbersOnTheRightStreet() {
        AddressMatch match = directory.match(new AddressQuery("25", "Rue du 4 Août 1789", POSTCODE, TOWN));

        assertThat(match.exact()).isEmpty();
        assertThat(match.suggestions()).extracting(DirectoryAddress::number).containsExactly("20", "19", "18", "17", "16");
    }

    @Test
    void answersOddInputWithNoSuggestion() {
        List<AddressQuery> odd = List.of(
                new AddressQuery("", "", "", ""),
                new AddressQuery(null, null, null, null),
                new AddressQuery("1", "x".repeat(500), POSTCODE, TOWN),
                new AddressQuery("1'; drop table address; --", "' or 1=1 --", "'69100", "%_\\"),
                new AddressQuery("9".repeat(500), "Rue Léon Blum", "9".repeat(500), "é".repeat(500)),
                new AddressQuery("1", "Rue Léon Blum", "", ""),
                new AddressQuery("1", "Zzyzx Qwvb", POSTCODE, TOWN));

        for (AddressQuery query : odd) {
            AddressMatch match = directory.match(query);
            assertThat(match.exact()).as(query.toString()).isEmpty();
            assertThat(match.suggestions()).as(query.toString()).isEmpty();
        }
        assertThat(directory.match(null).suggestions()).isEmpty();
        assertThat(directory.find("nope")).isEmpty();
        assertThat(directory.find(null)).isEmpty();
    }

    private static String line(String id, int number, String rep, String street) {
        return String.join(";", id, "", Integer.toString(number), rep, street, POSTCODE, "98000", TOWN, "", "", "", "",
                "4.88", "45.76", "entrée", "", "", "", "", "", "", "", "");
    }
}
