package org.voisinage.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.voisinage.directory.internal.AddressNormaliser.HouseNumber;

class AddressNormaliserTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Avenue Henri Barbusse       | avenue henri barbusse",
            "AV. Henri-Barbusse          | avenue henri barbusse",
            "av henri barbusse           | avenue henri barbusse",
            "Cours Émile Zola            | cours emile zola",
            "crs emile zola              | cours emile zola",
            "Bd du 11 Novembre 1918      | boulevard du 11 novembre 1918",
            "boul. Pinel                 | boulevard pinel",
            "bld Pinel                   | boulevard pinel",
            "r. de l'Église              | rue de l eglise",
            "R Frédéric Faÿs             | rue frederic fays",
            "pl Lazare Goujon            | place lazare goujon",
            "Chem. des Vignes            | chemin des vignes",
            "ch des vignes               | chemin des vignes",
            "imp. des Lilas              | impasse des lilas",
            "all. des Cèdres             | allee des cedres",
            "rte de Genas                | route de genas",
            "sq. Marcel Pagnol           | square marcel pagnol",
            "fg Saint-Antoine            | faubourg saint antoine",
            "fbg St Antoine              | faubourg saint antoine",
            "qu. Claude Bernard          | quai claude bernard",
            "qua Claude Bernard          | quai claude bernard",
            "pas. des Arts               | passage des arts",
            "res. les Marronniers        | residence les marronniers",
            "lot. Beauséjour             | lotissement beausejour",
            "Rue Ste-Geneviève           | rue sainte genevieve",
            "  Rue   du   4   Août 1789  | rue du 4 aout 1789",
            "Place de l'Œuvre            | place de l oeuvre",
            "Rue du Pas de la Mule       | rue du pas de la mule",
            "Rue R                       | rue r",
    })
    void streetsAreNormalised(String typed, String expected) {
        assertThat(AddressNormaliser.street(typed)).isEqualTo(expected);
    }

    @Test
    void emptyAndOddInputGiveEmptyOrBoundedText() {
        assertThat(AddressNormaliser.street(null)).isEmpty();
        assertThat(AddressNormaliser.street("   ")).isEmpty();
        assertThat(AddressNormaliser.street("'; drop table address; --")).isEqualTo("drop table address");
        assertThat(AddressNormaliser.street("x".repeat(500))).hasSize(AddressNormaliser.MAX_LENGTH);
        assertThat(AddressNormaliser.street("???")).isEmpty();
    }

    @Test
    void townsLoseAccentsAndHyphensButKeepTheirFirstWord() {
        assertThat(AddressNormaliser.town("Saint-Étienne")).isEqualTo("saint etienne");
        assertThat(AddressNormaliser.town("St Etienne")).isEqualTo("saint etienne");
        assertThat(AddressNormaliser.town("VILLEURBANNE")).isEqualTo("villeurbanne");
        assertThat(AddressNormaliser.town("Pl Town")).isEqualTo("pl town");
    }

    @Test
    void postcodesKeepTheirDigits() {
        assertThat(AddressNormaliser.postcode(" 69 100 ")).isEqualTo("69100");
        assertThat(AddressNormaliser.postcode(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "12        | 12 | ''",
            "12 bis    | 12 | bis",
            "12bis     | 12 | bis",
            "12 B      | 12 | bis",
            "12b       | 12 | bis",
            "7 ter     | 7  | ter",
            "7T        | 7  | ter",
            "3 q       | 3  | quater",
            "3 quater  | 3  | quater",
            "15 A      | 15 | a",
            "' 4 '     | 4  | ''",
    })
    void numbersCarryTheirRepetition(String typed, int number, String repetition) {
        assertThat(AddressNormaliser.number(typed)).isEqualTo(new HouseNumber(number, repetition));
    }

    @Test
    void unreadableNumbersAreAbsent() {
        assertThat(AddressNormaliser.number(null).isPresent()).isFalse();
        assertThat(AddressNormaliser.number("").isPresent()).isFalse();
        assertThat(AddressNormaliser.number("bis").isPresent()).isFalse();
        assertThat(AddressNormaliser.number("12-14").isPresent()).isFalse();
        assertThat(AddressNormaliser.number("9".repeat(40)).isPresent()).isFalse();
    }

    @Test
    void banRepetitionsUseTheSameWords() {
        assertThat(AddressNormaliser.repetition("B")).isEqualTo("bis");
        assertThat(AddressNormaliser.repetition("bis")).isEqualTo("bis");
        assertThat(AddressNormaliser.repetition("T")).isEqualTo("ter");
        assertThat(AddressNormaliser.repetition(null)).isEmpty();
        assertThat(AddressNormaliser.repetition("c")).isEqualTo("c");
    }
}
