package org.voisinage.challenge;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.support.TestData;

/** The target answers through its signed link, with no account; forged, expired and used links say so with a 4xx. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ChallengeTestConfiguration.class)
class TargetLinkTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired ChallengeTestConfiguration.Fixtures fixtures;
    @Autowired Challenges challenges;
    @Autowired ChallengePledges pledges;
    @Autowired TargetLinks links;

    long goalReached() {
        long north = fixtures.territoryAndTwoNeighbourhoods()[1];
        long id = fixtures.open(north, 1, null);
        pledges.pledge(id, data.resident("RESIDENT", "VERIFIED", north, null), true);
        return id;
    }

    String path(String link) {
        return link.substring(link.indexOf("/defis/"));
    }

    @Test
    void theTargetAcceptsWithoutAnAccountAndTheLinkThenSaysItWasUsed() throws Exception {
        long id = goalReached();
        String link = path(links.link(id));
        mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString("Nous acceptons")));
        String query = link.substring(link.indexOf('?') + 1);
        String expires = query.replaceAll(".*expires=(\\d+).*", "$1");
        String signature = query.replaceAll(".*signature=([0-9a-f]+).*", "$1");
        mvc.perform(post("/defis/" + id + "/reponse").with(csrf()).param("expires", expires).param("signature", signature))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choisissez d’accepter ou de refuser.")));
        mvc.perform(post("/defis/" + id + "/reponse").with(csrf()).param("expires", expires).param("signature", signature)
                        .param("accepted", "true").param("message", "Nous installerons les composteurs."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Merci pour votre réponse")));
        Assertions.assertThat(challenges.page(id, null).state()).isEqualTo(ChallengeState.ACCEPTED);
        mvc.perform(get(link)).andExpect(status().isConflict())
                .andExpect(content().string(containsString("La cible a déjà répondu")));
    }

    @Test
    void aForgedLinkIsRefused() throws Exception {
        long id = goalReached();
        String link = path(links.link(id));
        int at = link.indexOf("signature=") + "signature=".length();
        String forged = link.substring(0, at) + (link.charAt(at) == '0' ? '1' : '0') + link.substring(at + 1);
        mvc.perform(get(forged))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Ce lien n’est pas valide")));
        // another challenge's signature does not open this one
        mvc.perform(get(link.replace("/defis/" + id + "/", "/defis/" + (id + 1) + "/"))).andExpect(status().isForbidden());
        mvc.perform(get("/defis/" + id + "/reponse")).andExpect(status().isForbidden());
        mvc.perform(post("/defis/" + id + "/reponse").with(csrf()).param("accepted", "true")).andExpect(status().isForbidden());
        Assertions.assertThat(challenges.page(id, null).state()).isEqualTo(ChallengeState.GOAL_REACHED);
    }

    @Test
    void anExpiredLinkIsGone() throws Exception {
        long id = goalReached();
        long expires = Instant.now().minusSeconds(60).getEpochSecond();
        mvc.perform(get("/defis/" + id + "/reponse").param("expires", String.valueOf(expires))
                        .param("signature", links.sign(id, expires)))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("Ce lien a expiré.")));
    }

    @Test
    void aChallengeNotWaitingForAnAnswerSaysSo() throws Exception {
        long north = fixtures.territoryAndTwoNeighbourhoods()[1];
        long id = fixtures.open(north, 10, null);
        mvc.perform(get(path(links.link(id)))).andExpect(status().isConflict())
                .andExpect(content().string(containsString("n’attend pas de réponse")));
    }
}
