package org.voisinage.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * With a management port (management.server.port, as in docker-compose.yml) the scraper reads the metrics there
 * without signing in, and the site's port, the one the reverse proxy forwards, gives them to nobody anonymous.
 * Job runs show as Spring's tasks.scheduled.execution timer, per job and outcome (the outbox sender runs 5 s
 * after start).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
class ManagementPortScrapeTests {

    @LocalServerPort int sitePort;
    @LocalManagementPort int managementPort;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theScraperReadsTheManagementPortAndTheSitePortKeepsTheMetrics() throws Exception {
        assertThat(managementPort).isNotEqualTo(sitePort);

        HttpResponse<String> onSite = get(sitePort, "/actuator/prometheus");
        assertThat(onSite.statusCode()).as("the site's port").isNotEqualTo(200);
        assertThat(onSite.body()).doesNotContain("jvm_memory");
        assertThat(get(managementPort, "/admin").statusCode()).as("only the actuator on the management port")
                .isNotEqualTo(200);

        String scrape = "";
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline && !scrape.contains("code_namespace=\"org.voisinage.notification.OutboxSender\"")) {
            HttpResponse<String> response = get(managementPort, "/actuator/prometheus");
            assertThat(response.statusCode()).isEqualTo(200);
            scrape = response.body();
            Thread.sleep(500);
        }
        assertThat(scrape).contains("tasks_scheduled_execution_seconds_count{")
                .containsPattern("tasks_scheduled_execution_seconds_count\\{[^}]*code_function=\"sendDueOnSchedule\"[^}]*"
                        + "outcome=\"SUCCESS\"")
                .contains("voisinage_outbox_pending{");
        assertThat(get(managementPort, "/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
