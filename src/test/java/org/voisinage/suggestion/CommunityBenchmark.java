package org.voisinage.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.alert.AlertCategory;
import org.voisinage.alert.AlertForm;
import org.voisinage.alert.Alerts;
import org.voisinage.following.Follows;
import org.voisinage.following.Frequency;
import org.voisinage.support.TestData;

/**
 * Figures for the community pages: the needs list of a neighbourhood with 2 000 needs, and an alert reaching
 * 1 000 immediate followers (emails queued in the outbox). Targets: at most {@value #PAGE_TARGET_MS} ms per needs
 * page, and the 1,000 emails queued within {@value #FAN_OUT_TARGET_MS} ms of raising the alert. Run with
 * {@code ./mvnw test -Pbenchmark -Dtest=CommunityBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class CommunityBenchmark {

    static final double PAGE_TARGET_MS = 300;
    static final double FAN_OUT_TARGET_MS = 60_000;

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired Alerts alerts;
    @Autowired Follows follows;

    @Test
    void needsListAndAlertFanOut() throws Exception {
        double lon = -100 + ThreadLocalRandom.current().nextDouble(10);
        double lat = -65 + ThreadLocalRandom.current().nextDouble(10);
        long neighbourhood = data.neighbourhood(data.territory(), lon, lat, lon + 0.001, lat + 0.001);
        long author = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        jdbc.update("""
                insert into suggestion (author_id, neighbourhood_id, title, text, category, status, supports, created_at,
                                        updated_at)
                select ?, ?, 'Besoin ' || i, 'Texte du besoin ' || i, 'BENCH', 'NEW', i % 50,
                       now() - i * interval '1 minute', now()
                from generate_series(1, 2000) as i""", author, neighbourhood);
        UserDetails viewer = data.user(author);
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/besoins").with(user(viewer))).andExpect(status().isOk());
        }
        int runs = 50;
        long started = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            mvc.perform(get("/besoins").param("page", Integer.toString(i % 10)).with(user(viewer)))
                    .andExpect(status().isOk());
        }
        double perPage = (System.nanoTime() - started) / 1e6 / runs;
        System.out.printf("Needs list, 2000 needs in the neighbourhood, 20 per page: %.1f ms per page (%d pages)%n",
                perPage, runs);
        assertThat(perPage).as("ms per needs page").isLessThanOrEqualTo(PAGE_TARGET_MS);

        int followers = 1000;
        for (int i = 0; i < followers; i++) {
            follows.follow(data.resident("RESIDENT", "VERIFIED", neighbourhood, null), Alerts.topic(neighbourhood),
                    Frequency.IMMEDIATE);
        }
        long sent = System.nanoTime();
        long id = alerts.raise(author, new AlertForm(AlertCategory.WATER_CUT, "Coupure " + id(), "Rue A", "maintenant",
                "Patienter", null, null));
        String like = "%/alertes/" + id + "%";
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.queryForObject(
                "select count(*) from outbox_email where body_text like ?", Long.class, like) >= followers);
        double fanOut = (System.nanoTime() - sent) / 1e6;
        System.out.printf("Alert to %d immediate followers: %.0f ms from sending to %d emails queued%n",
                followers, fanOut, followers);
        assertThat(fanOut).as("ms from raising the alert to 1000 emails queued").isLessThanOrEqualTo(FAN_OUT_TARGET_MS);
    }

    private static String id() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000));
    }
}
