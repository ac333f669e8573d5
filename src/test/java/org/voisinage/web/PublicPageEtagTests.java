package org.voisinage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.support.TestData;

/**
 * Public pages read anonymously carry an ETag and {@code Cache-Control: private, no-cache}: asked again with
 * {@code If-None-Match}, they answer 304 without a body (issue 12). Never a signed-in page, never a page with a form.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class PublicPageEtagTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;

    @Test
    void anAnonymousPublicPageIsRevalidatedWithItsEtag() throws Exception {
        var first = mvc.perform(get("/about")).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "private, no-cache")).andReturn().getResponse();
        String etag = first.getHeader("ETag");
        assertThat(etag).isNotBlank();

        var again = mvc.perform(get("/about").header("If-None-Match", etag)).andExpect(status().isNotModified())
                .andReturn().getResponse();
        assertThat(again.getContentAsByteArray()).isEmpty();
        // another language is another page
        mvc.perform(get("/about").header("If-None-Match", etag).header("Accept-Language", "en"))
                .andExpect(status().isOk());
    }

    @Test
    void aSignedInPageIsNeverStoredNorCompared() throws Exception {
        long territory = data.territory();
        long resident = data.resident("RESIDENT", "VERIFIED",
                data.neighbourhoodSomewhereIn(territory, 140, 141, 50, 51), null);
        var answer = mvc.perform(get("/about").with(user(data.user(resident)))).andExpect(status().isOk())
                .andExpect(header().doesNotExist("ETag")).andReturn().getResponse();
        assertThat(answer.getHeader("Cache-Control")).contains("no-store");
    }

    @Test
    void aPageWithAFormIsNeverStoredNorCompared() throws Exception {
        var answer = mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(header().doesNotExist("ETag"))
                .andReturn().getResponse();
        assertThat(answer.getHeader("Cache-Control")).contains("no-store");
    }
}
