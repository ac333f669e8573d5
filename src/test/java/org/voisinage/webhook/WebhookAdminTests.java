package org.voisinage.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.common.Refusal;
import org.voisinage.support.TestData;

/**
 * Staff's webhook pages (issue 16): the secret shown once, in the answer to the action that drew it; a private or
 * loopback address refused with the form back (SSRF); staff limited to territory B never see nor touch A's
 * endpoints (404), nor register one for every territory.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class WebhookAdminTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    long territoryA;
    long territoryB;
    long staffOfA;
    long staffOfB;
    long admin;

    @BeforeEach
    void staffOfTwoTerritories() {
        territoryA = data.territory();
        territoryB = data.territory();
        staffOfA = data.resident("STAFF", "VERIFIED", null, null);
        staffOfB = data.resident("STAFF", "VERIFIED", null, null);
        admin = data.resident("ADMIN", "VERIFIED", null, null);
        jdbc.update("insert into staff_territory (resident_id, territory_id) values (?, ?)", staffOfA, territoryA);
        jdbc.update("insert into staff_territory (resident_id, territory_id) values (?, ?)", staffOfB, territoryB);
    }

    @Test
    void theSecretIsShownOnceAndStaffOfAnotherTerritoryGet404() throws Exception {
        String page = mvc.perform(post("/admin/webhooks").with(csrf()).with(user(data.user(staffOfA)))
                        .param("url", "https://93.184.216.34/hook").param("description", "Mairie")
                        .param("eventTypes", "CHALLENGE_GOAL_REACHED", "EVENT_PUBLISHED")
                        .param("territoryId", String.valueOf(territoryA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("whsec_");
        String secret = page.substring(page.indexOf("whsec_"), page.indexOf("whsec_") + 38);
        long id = jdbc.queryForObject("select id from webhook_endpoint where territory_id = ?", Long.class, territoryA);

        String show = mvc.perform(get("/admin/webhooks/" + id).with(user(data.user(staffOfA))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(show).contains("https://93.184.216.34/hook").doesNotContain(secret).doesNotContain("whsec_");
        assertThat(mvc.perform(get("/admin/webhooks").with(user(data.user(staffOfA)))).andReturn().getResponse()
                .getContentAsString()).contains("https://93.184.216.34/hook");

        // staff of B: not in their list, 404 everywhere under it
        assertThat(mvc.perform(get("/admin/webhooks").with(user(data.user(staffOfB)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).doesNotContain("https://93.184.216.34/hook");
        mvc.perform(get("/admin/webhooks/" + id).with(user(data.user(staffOfB)))).andExpect(status().isNotFound());
        for (String action : new String[] {"", "/secret", "/test", "/suppression"}) {
            mvc.perform(post("/admin/webhooks/" + id + action).with(csrf()).with(user(data.user(staffOfB)))
                    .param("url", "https://93.184.216.34/other").param("eventTypes", "PING")
                    .param("territoryId", String.valueOf(territoryB))).andExpect(status().isNotFound());
        }
        assertThat(jdbc.queryForObject("select url from webhook_endpoint where id = ?", String.class, id))
                .isEqualTo("https://93.184.216.34/hook");
        // nor may they register one for A, or for every territory
        mvc.perform(post("/admin/webhooks").with(csrf()).with(user(data.user(staffOfB)))
                        .param("url", "https://93.184.216.34/b").param("eventTypes", "CHALLENGE_ANSWERED")
                        .param("territoryId", String.valueOf(territoryA)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/webhooks").with(csrf()).with(user(data.user(staffOfB)))
                        .param("url", "https://93.184.216.34/b").param("eventTypes", "CHALLENGE_ANSWERED"))
                .andExpect(status().isBadRequest());
        // the administrator sees it, and deletes it
        mvc.perform(get("/admin/webhooks/" + id).with(user(data.user(admin)))).andExpect(status().isOk());
        mvc.perform(post("/admin/webhooks/" + id + "/suppression").with(csrf()).with(user(data.user(admin))))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from webhook_endpoint where id = ?", Integer.class, id)).isZero();
    }

    @Test
    void aPrivateOrLoopbackAddressIsRefusedWithTheFormBack() throws Exception {
        String page = mvc.perform(post("/admin/webhooks").with(csrf()).with(user(data.user(admin)))
                        .param("url", "https://127.0.0.1:8080/admin").param("description", "Sonde interne")
                        .param("eventTypes", "CHALLENGE_GOAL_REACHED"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("https://127.0.0.1:8080/admin").contains("Sonde interne")
                .contains("réseau privé ou local");
        assertThat(jdbc.queryForObject("select count(*) from webhook_endpoint where description = 'Sonde interne'",
                Integer.class)).isZero();
    }

    @Test
    void addressesInsideTheNetworkAreRefused() {
        for (String url : new String[] {"https://127.0.0.1/x", "https://localhost/x", "https://10.1.2.3/x",
                "https://172.16.0.1/x", "https://192.168.1.1/x", "https://169.254.169.254/latest/meta-data",
                "https://100.64.0.1/x", "https://0.0.0.0/x", "https://[::1]/x", "https://[fd00::1]/x",
                "https://[::ffff:127.0.0.1]/x"}) {
            assertThatThrownBy(() -> WebhookAddress.check(url, false)).as(url).isInstanceOf(Refusal.class)
                    .satisfies(e -> assertThat(((Refusal) e).code()).isEqualTo("webhook.url.private"));
        }
        for (String url : new String[] {"http://93.184.216.34/x", "ftp://93.184.216.34/x", "https:///x",
                "https://user:pass@93.184.216.34/x"}) {
            assertThatThrownBy(() -> WebhookAddress.check(url, false)).as(url).isInstanceOf(Refusal.class);
        }
        assertThat(WebhookAddress.check("https://93.184.216.34/hook", false)).hasHost("93.184.216.34");
        assertThat(WebhookAddress.check("http://127.0.0.1:9000/hook", true)).hasPort(9000);
    }
}
