package org.voisinage;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ApplicationSmokeTests {

    @Autowired
    MockMvc mvc;

    @Test
    void homePageIsFrenchByDefaultWithSecurityHeaders() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Vos voisins")))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline"))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().exists("Referrer-Policy"))
                .andExpect(header().exists("X-Request-Id"));
    }

    @Test
    void englishBrowsersGetEnglish() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "en-GB,en;q=0.9"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Your neighbours")));
    }

    @Test
    void unknownNeighbourhoodIsA404PageWithoutStackTrace() throws Exception {
        mvc.perform(get("/quartiers/nowhere"))
                .andExpect(status().isNotFound());
    }

    @Test
    void healthIsUp() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void badInputGetsA4xxPageNeverAStackTrace() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/password/forgot")
                        .param("email", "a@b.c"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Exception"))));
        mvc.perform(get("/quartiers/%00%27"))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void errorPagesAreTranslatedAndCarryTheRequestId() throws Exception {
        mvc.perform(get("/error").accept(org.springframework.http.MediaType.TEXT_HTML).requestAttr("jakarta.servlet.error.status_code", 404))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Page introuvable")));
    }
}
