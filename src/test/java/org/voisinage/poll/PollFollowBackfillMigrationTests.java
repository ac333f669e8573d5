package org.voisinage.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.voisinage.support.TestData;

/**
 * V270 gives residents verified before polls existed the daily follow of their neighbourhood's polls that residents
 * verified since get. It ran on an empty database at startup; run again here (it is idempotent) over residents made
 * without follows, one of them verified (backdated) before V250 was installed.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class PollFollowBackfillMigrationTests {

    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    @Test
    void residentsVerifiedBeforePollsFollowTheirNeighbourhoodsPollsDailyAndLaterOnesAreLeftAlone() {
        double lon = 65 + ThreadLocalRandom.current().nextDouble(5);
        double lat = -65 + ThreadLocalRandom.current().nextDouble(5);
        long neighbourhood = data.neighbourhood(data.territory(), lon, lat, lon + 0.001, lat + 0.001);
        long before = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        jdbc.update("update resident set verified_at = ? where id = ?",
                java.sql.Timestamp.valueOf("2020-01-01 00:00:00"), before);
        // verified since polls exist: they were given the follow then (by the listener), and turned it off
        long since = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        long pending = data.resident("RESIDENT", "PENDING", neighbourhood, null);

        backfill();
        backfill();

        assertThat(jdbc.queryForList("""
                select w.topic_type || ':' || w.topic_id || ':' || w.frequency from follow w
                join follower f on f.id = w.follower_id where f.resident_id = ?""", String.class, before))
                .containsExactly("polls:" + neighbourhood + ":DAILY");
        assertThat(jdbc.queryForObject("select count(*) from follower where resident_id in (?, ?)", Long.class, since,
                pending)).isZero();
    }

    /** The migration is one DO block (its semicolons inside): sent whole, as Flyway sends it. */
    private void backfill() {
        try {
            jdbc.execute(new ClassPathResource("db/migration/V270__poll_follows_for_residents_verified_before_polls.sql")
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
