package org.voisinage.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a page shows opening hours and phone links. */
class OrganisationViewTests {

    @Test
    void openingHoursAreSplitIntoDaysAndHoursAtTheFirstColon() {
        OrganisationView view = withHours("Mardi – samedi : 7 h – 19 h 30\n\n Dimanche : 7 h – 13 h \nFermé les jours fériés");
        assertThat(view.hoursLines()).containsExactly(
                new OrganisationView.HoursLine("Mardi – samedi", "7 h – 19 h 30"),
                new OrganisationView.HoursLine("Dimanche", "7 h – 13 h"),
                new OrganisationView.HoursLine(null, "Fermé les jours fériés"));
        assertThat(withHours(null).hoursLines()).isEmpty();
    }

    @Test
    void aPhoneLinkKeepsDigitsAndTheLeadingPlus() {
        assertThat(withHours(null).phoneLink()).isEqualTo("tel:+33478123456");
    }

    private static OrganisationView withHours(String hours) {
        return new OrganisationView(1, "s", "n", OrganisationKind.SHOP, 1, null, null, null, hours, "+33 4 78 12 34 56",
                null, null, false, null, 0, Set.of());
    }
}
