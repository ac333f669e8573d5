package org.voisinage.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.messaging.ConversationStarting;
import org.voisinage.notification.OutboxDelivery;
import org.voisinage.support.SessionCookies;
import org.voisinage.support.TestData;

/** "Export my data": asked, prepared by the job, downloaded by its owner only with the emailed link. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class DataExportTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;
    @Autowired DataExports exports;
    @Autowired ConversationStarting conversations;

    @Test
    void theExportContainsWhatTheResidentWroteAndOnlyTheyDownloadIt() throws Exception {
        long neighbourhood = data.neighbourhoodSomewhereIn(data.territory(), -60, 60, -40, 40);
        long alice = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        long bob = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        String written = "Je te rends ta perceuse demain " + TestData.unique("m");
        conversations.start(alice, null, null, bob, written);

        Cookie[] browser = SessionCookies.signIn(mvc, data.emailOf(alice), "secret-password", false);
        mvc.perform(post("/account/export").cookie(browser).with(csrf())).andExpect(redirectedUrl("/account"));
        mvc.perform(post("/account/export").cookie(browser).with(csrf())).andExpect(redirectedUrl("/account"));
        assertThat(jdbc.queryForObject("select count(*) from data_export where resident_id = ?", Integer.class, alice))
                .as("asking twice while it is prepared adds nothing").isEqualTo(1);
        assertThat(mvc.perform(get("/account").cookie(browser)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("en préparation");

        assertThat(exports.prepareWaiting()).isGreaterThanOrEqualTo(1);
        Matcher link = Pattern.compile("/account/export/([A-Za-z0-9_-]+)")
                .matcher(OutboxDelivery.latestAsSentTo(context, data.emailOf(alice)).textBody());
        assertThat(link.find()).isTrue();
        String path = link.group();
        assertThat(jdbc.queryForObject("select count(*) from data_export where token_hash = ?", Integer.class,
                link.group(1))).as("the token is kept hashed").isZero();

        // the link is for its owner, signed in
        mvc.perform(get(path)).andExpect(redirectedUrl("/login"));
        mvc.perform(get(path).cookie(SessionCookies.signIn(mvc, data.emailOf(bob), "secret-password", false)))
                .andExpect(status().isNotFound());
        byte[] zip = mvc.perform(get(path).cookie(browser)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        Map<String, String> files = unzip(zip);
        assertThat(files).containsKey("data.json");
        assertThat(files.get("data.json")).contains(written).contains(data.emailOf(alice))
                .contains("\"messages\"").contains("\"pledges\"").contains("\"follows\"").contains("\"agenda\"")
                .contains("\"auditEntries\"").contains("\"profile\"").contains("\"listings\"");

        // after 24 hours the link leads nowhere, and the archive is deleted
        jdbc.update("update data_export set expires_at = now() - interval '1 minute' where resident_id = ?", alice);
        mvc.perform(get(path).cookie(browser)).andExpect(status().isNotFound());
        exports.purgeExpired();
        assertThat(jdbc.queryForObject("select count(*) from data_export where resident_id = ?", Integer.class, alice))
                .isZero();
    }

    private static Map<String, String> unzip(byte[] bytes) throws Exception {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
