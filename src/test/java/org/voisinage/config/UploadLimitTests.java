package org.voisinage.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.concurrent.ThreadLocalRandom;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.voisinage.support.TestData;

/**
 * Forms with files are held to 40 MB (four 8 MB photos and the text), the staff imports to the servlet's 200 MB:
 * over the limit the browser goes back to the form with a translated message, never an error page.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class UploadLimitTests {

    static final byte[] FORTY_ONE_MEGABYTES = new byte[41 * 1024 * 1024];

    @Autowired MockMvc mvc;
    @Autowired TestData data;

    @Test
    void aFormOverTheLimitGoesBackToItsPageWithAMessage() throws Exception {
        double lon = -120 + ThreadLocalRandom.current().nextDouble(10);
        long neighbourhood = data.neighbourhood(data.territory(), lon, 10, lon + 0.01, 10.01);
        long resident = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        var refused = mvc.perform(post("/echanges/nouvelle").with(user(data.user(resident))).with(csrf())
                        .contentType("multipart/form-data; boundary=xyz").content(FORTY_ONE_MEGABYTES))
                .andExpect(redirectedUrl("/echanges/nouvelle")).andReturn();
        // the next page, in the session (kept in PostgreSQL) the refusal's cookie names
        mvc.perform(get("/echanges/nouvelle").cookie(refused.getResponse().getCookies()).with(user(data.user(resident))))
                .andExpect(content().string(Matchers.containsString("Le fichier dépasse la taille maximale autorisée.")));
    }

    @Test
    void theStaffImportsTakeLargerFiles() throws Exception {
        long staff = data.resident("STAFF", "VERIFIED", null, null);
        for (String path : new String[] {"/admin/addresses", "/admin/members"}) {
            MvcResult result = mvc.perform(post(path).with(user(data.user(staff))).with(csrf())
                    .contentType("multipart/form-data; boundary=xyz").content(FORTY_ONE_MEGABYTES)).andReturn();
            // the form itself answers (no file part in this body): it was not turned away for its size
            assertThat(result.getResponse().getRedirectedUrl()).as(path).isNull();
            assertThat(result.getResponse().getStatus()).as(path).isLessThan(500);
        }
    }
}
