package org.voisinage.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Static files live under their own paths only: their links carry a content hash and are cached for a year, and a
 * page link is never looked up as a static file (with Boot's /** mapping every link of a page was, uncached).
 */
@SpringBootTest
@AutoConfigureMockMvc
class StaticResourcesTests {

    private static final Pattern VERSIONED_CSS = Pattern.compile("href=\"(/css/voisinage-[0-9a-f]{32}\\.css)\"");

    @Autowired MockMvc mvc;
    @Autowired ResourceUrlProvider resourceUrls;

    @Test
    void aPageLinksItsStylesheetAndLogoByContentHashAndLeavesItsOtherLinksAlone() throws Exception {
        String page = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        Matcher css = VERSIONED_CSS.matcher(page);
        assertThat(css.find()).as("a content-hashed stylesheet link in %s", page).isTrue();
        assertThat(page).containsPattern("href=\"/img/logo-[0-9a-f]{32}\\.svg\"")
                .containsPattern("src=\"/webjars/htmx.org/[0-9.]+/dist/htmx.min.js\"")
                .contains("href=\"/signup\"");

        mvc.perform(get(css.group(1)))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"));
    }

    @Test
    void onlyStaticPathsAreCandidateStaticFiles() {
        assertThat(resourceUrls.getHandlerMap()).containsOnlyKeys(
                "/css/**", "/js/**", "/img/**", "/webjars/**");
        assertThat(resourceUrls.getForLookupPath("/quartiers/les-tilleuls")).isNull();
    }
}
