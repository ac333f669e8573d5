package org.voisinage.announcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.voisinage.support.TestData;

/**
 * V112 gives residents verified before announcements and alerts existed the follows later residents get. It ran on
 * an empty database at startup; run again here (it is idempotent) over residents created without any follow, with
 * the key columns it filled and V141 dropped (keys are hashed apart since) put back for the run.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class FollowBackfillMigrationTests {

    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired javax.sql.DataSource dataSource;

    @Test
    void verifiedResidentsFollowTheirNeighbourhoodsAnnouncementsDailyAndAlertsAtOnceOnce() {
        double lon = 60 + ThreadLocalRandom.current().nextDouble(5);
        double lat = -60 + ThreadLocalRandom.current().nextDouble(5);
        long neighbourhood = data.neighbourhood(data.territory(), lon, lat, lon + 0.001, lat + 0.001);
        long verified = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        long pending = data.resident("RESIDENT", "PENDING", neighbourhood, null);

        jdbc.execute("alter table follower add column all_key varchar(32)");
        jdbc.execute("alter table follow add column unsubscribe_key varchar(32)");
        try {
            backfill();
            backfill();
            assertThat(jdbc.queryForObject("select length(all_key) from follower where resident_id = ?", Integer.class,
                    verified)).isEqualTo(22);
        } finally {
            jdbc.execute("alter table follower drop column all_key");
            jdbc.execute("alter table follow drop column unsubscribe_key");
        }

        assertThat(jdbc.queryForList("""
                select w.topic_type || ':' || w.frequency from follow w join follower f on f.id = w.follower_id
                where f.resident_id = ? and w.topic_id = ? order by w.topic_type""", String.class, verified, neighbourhood))
                .containsExactly("alerts:IMMEDIATE", "announcements:DAILY");
        assertThat(jdbc.queryForObject("select count(*) from follower where resident_id = ?", Long.class, pending))
                .isZero();
    }

    private void backfill() {
        new ResourceDatabasePopulator(new ClassPathResource(
                "db/migration/V112__announcement_and_alert_follows_for_verified_residents.sql")).execute(dataSource);
    }
}
