package org.voisinage.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The privacy page, open to anyone: what is kept, for how long and why, in both languages. */
@SpringBootTest
@AutoConfigureMockMvc
class PrivacyPageTests {

    @Autowired MockMvc mvc;

    @Test
    void anyoneReadsWhatIsKeptForHowLongAndWhy() throws Exception {
        String fr = mvc.perform(get("/privacy")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(fr).contains("Ce que nous gardons, combien de temps et pourquoi")
                .contains("7 jours après l’envoi").contains("90 jours").contains("24 heures")
                // the periods the retention jobs apply (voisinage.retention.*), not a copy of them in the text
                .contains("730 jours").contains("30 jours après l’expiration du lien")
                .contains("ancien voisin");
        String en = mvc.perform(get("/privacy").cookie(new Cookie("voisinage-lang", "en"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(en).contains("What we keep, for how long and why").contains("7 days after sending");
    }
}
