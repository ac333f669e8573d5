package org.voisinage.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.voisinage.support.BrowserTestSupport;
import org.voisinage.support.TestData;

/**
 * In a real browser: a resident proposes an initiative and lists a need, a neighbour offers to fill it, the initiator
 * accepts the offer, and the need shows as filled.
 */
class InitiativeJourneyBrowserTests extends BrowserTestSupport {

    @Autowired TestData data;

    @Test
    void proposeAnInitiativeANeighbourOffersToFillANeedTheInitiatorAcceptsItIsFilled() {
        long neighbourhood = data.neighbourhoodSomewhereIn(-140, -110, -45, -25);
        String initiator = data.emailOf(data.resident("RESIDENT", "VERIFIED", neighbourhood, null));
        String neighbour = data.emailOf(data.resident("RESIDENT", "VERIFIED", neighbourhood, null));
        String title = TestData.unique("Un composteur dans la cour");

        signIn(initiator);
        open("/initiatives/nouvelle");
        type("#title", title);
        type("#description", "Installons un **composteur** partagé au pied de l’immeuble.");
        new Select(find("#theme")).selectByValue("ECOLOGY");
        type("#placeText", "La cour du bâtiment B");
        submit("#propose-submit");
        assertThat(pageText()).contains(title, "Votre initiative est en ligne", "La cour du bâtiment B");
        String page = browser.getCurrentUrl().replaceFirst("https?://[^/]+", "").replaceFirst("#.*", "");

        type("#label", "Palettes");
        type("#quantity", "3");
        submit("#need-submit");
        assertThat(pageText()).contains("Palettes", "Il manque encore 3 sur 3");
        screenshot("initiative-1-proposed");
        signOut();

        signIn(neighbour);
        open(page);
        type("input[id^='offer-quantity-']", "3");
        submit(".offer-submit");
        assertThat(pageText()).contains("Merci ! Les organisateurs vont répondre", "En attente de réponse");
        screenshot("initiative-2-offered");
        signOut();

        signIn(initiator);
        open(page);
        assertThat(pageText()).contains("propose 3");
        submit(".accept-offer");
        assertThat(pageText()).contains("Proposition acceptée.");
        assertThat(find(".need-filled").getText()).isEqualTo("Pourvu");
        screenshot("initiative-3-filled");
    }
}
