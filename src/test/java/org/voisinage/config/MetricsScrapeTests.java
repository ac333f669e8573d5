package org.voisinage.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.support.TestData;

/**
 * Prometheus metrics on the site's port (no management port configured): staff read them, nobody else. The scrape
 * names what an operator watches: requests by route template, the outbox queue and its age, digest runs, job runs,
 * the connection pool.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class MetricsScrapeTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;

    @Test
    void anonymousVisitorsAreSentToSignInAndResidentsAndModeratorsAreDenied() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        long neighbourhood = data.neighbourhoodSomewhereIn(4.80, 4.95, 45.70, 45.80);
        for (String role : new String[] {"RESIDENT", "MODERATOR"}) {
            mvc.perform(get("/actuator/prometheus")
                            .with(user(data.user(data.resident(role, "VERIFIED", neighbourhood, null)))))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void staffReadTheScrapeWithRouteTemplatesOutboxDigestsJobsAndPool() throws Exception {
        long neighbourhood = data.neighbourhoodSomewhereIn(4.80, 4.95, 45.70, 45.80);
        String slug = data.slugOf(neighbourhood);
        mvc.perform(get("/quartiers/" + slug)).andExpect(status().isOk());

        String scrape = mvc.perform(get("/actuator/prometheus")
                        .with(user(data.user(data.resident("STAFF", "VERIFIED", null, null)))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(scrape).contains("http_server_requests_seconds_count{")
                .as("the route's template, never the path with its slug")
                .contains("uri=\"/quartiers/{slug}\"").doesNotContain("uri=\"/quartiers/" + slug + "\"")
                .contains("voisinage_outbox_pending{", "voisinage_outbox_oldest_pending_age_seconds{")
                .contains("voisinage_digest_runs_seconds_count{", "voisinage_digest_built_total{")
                .contains("hikaricp_connections_active{", "hikaricp_connections_max{");
    }
}
