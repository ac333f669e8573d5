package org.voisinage.initiative;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.support.TestData;

/**
 * An offer whose quantity is no number (or beyond any integer) used to end in a 500: binding the form failed, the
 * page was shown again without a form to read the quantity from. Found by {@code web.NoServerErrorOnBadInputTests}.
 * Now the page comes back with a translated message beside the quantity and the note that was typed.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class OfferFormShownBackTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired Initiatives initiatives;
    @Autowired InitiativeNeeds needs;

    @Test
    void anOfferWhoseQuantityIsNoNumberComesBackWithATranslatedMessageAndTheNoteTyped() throws Exception {
        InitiativeFixtures places = new InitiativeFixtures(data);
        long here = places.neighbourhood(0);
        long initiator = places.resident(here);
        long id = initiatives.propose(initiator, InitiativeForm.of(TestData.unique("Composteur"), "Un projet.",
                InitiativeTheme.ECOLOGY));
        long need = needs.addNeed(id, initiator, new NeedForm(NeedKind.MATERIAL, "Palettes", 5, null));
        long neighbour = places.resident(here);

        for (String quantity : new String[] {"abc", "99999999999999999999", "1e309"}) {
            mvc.perform(post("/initiatives/" + id + "/besoins/" + need + "/offres").with(user(data.user(neighbour)))
                            .with(csrf()).param("quantity", quantity).param("note", "Trois au garage"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("Cette valeur n’est pas au bon format.")))
                    .andExpect(content().string(containsString("value=\"Trois au garage\"")))
                    .andExpect(content().string(not(containsString("Failed to convert"))));
        }
    }
}
