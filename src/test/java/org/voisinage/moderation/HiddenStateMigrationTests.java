package org.voisinage.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * V150 gives every moderated table one hidden state ({@code hidden_at}, {@code hidden_reason}). It ran on an empty
 * database at startup; run again here (it is written to) over rows put back in two of the old shapes: an initiative
 * hidden by the boolean its table had, a need hidden by its reason alone. Hidden rows stay hidden, with their reason,
 * and visible ones stay visible.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class HiddenStateMigrationTests {

    /** The tables whose rows were hidden by a boolean before V150. */
    static final String[] BOOLEAN_SHAPED = {"initiative", "initiative_comment", "initiative_update"};

    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired Reports reports;

    @Test
    void contentHiddenInTheOldShapesStaysHiddenWithItsReason() throws IOException {
        double lon = -150 + ThreadLocalRandom.current().nextDouble(20);
        double lat = -50 + ThreadLocalRandom.current().nextDouble(10);
        long neighbourhood = data.neighbourhood(data.territory(), lon, lat, lon + 0.001, lat + 0.001);
        long author = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        long hiddenInitiative = initiative(neighbourhood, author);
        long visibleInitiative = initiative(neighbourhood, author);
        long hiddenNeed = need(neighbourhood, author);
        long visibleNeed = need(neighbourhood, author);

        for (String table : BOOLEAN_SHAPED) {
            jdbc.execute("alter table " + table + " add column hidden boolean not null default false");
        }
        jdbc.execute("alter table initiative drop constraint initiative_hidden_reason_needs_hidden_at");
        jdbc.execute("alter table suggestion drop constraint suggestion_hidden_reason_needs_hidden_at");
        try {
            jdbc.update("update initiative set hidden = true, hidden_reason = 'doublon' where id = ?", hiddenInitiative);
            jdbc.update("update suggestion set hidden_reason = 'propos déplacés' where id = ?", hiddenNeed);
            // one statement string: the driver, unlike a script splitter, knows the $$ quotes of its loop
            jdbc.execute(new ClassPathResource("db/migration/V150__hidden_state_aligned.sql")
                    .getContentAsString(StandardCharsets.UTF_8));
        } finally {
            for (String table : BOOLEAN_SHAPED) {
                jdbc.execute("alter table " + table + " drop column if exists hidden");
            }
        }

        assertThat(snapshot(ContentType.INITIATIVE, hiddenInitiative).hidden()).isTrue();
        assertThat(snapshot(ContentType.INITIATIVE, visibleInitiative).hidden()).isFalse();
        assertThat(snapshot(ContentType.NEED, hiddenNeed).hidden()).isTrue();
        assertThat(snapshot(ContentType.NEED, visibleNeed).hidden()).isFalse();
        assertThat(jdbc.queryForObject("select hidden_reason from initiative where id = ?", String.class,
                hiddenInitiative)).isEqualTo("doublon");
        assertThat(jdbc.queryForObject("select hidden_reason from suggestion where id = ?", String.class, hiddenNeed))
                .isEqualTo("propos déplacés");
        // the feed's partial indexes now leave out what hidden_at hides
        assertThat(jdbc.queryForList("select indexdef from pg_indexes where indexname in "
                + "('initiative_neighbourhood_idx', 'initiative_activity_idx')", String.class))
                .hasSize(2).allSatisfy(index -> assertThat(index).contains("WHERE (hidden_at IS NULL)"));
        // a reason alone no longer hides anything: the database refuses it
        assertThat(jdbc.queryForObject("""
                select count(*) from pg_constraint where conname = 'suggestion_hidden_reason_needs_hidden_at'""",
                Long.class)).isEqualTo(1);
    }

    private ContentSnapshot snapshot(ContentType type, long id) {
        return reports.content(type).snapshot(id).orElseThrow();
    }

    private long initiative(long neighbourhood, long author) {
        return jdbc.queryForObject("""
                insert into initiative (neighbourhood_id, title, description, summary, theme, status, longitude,
                                        latitude, created_by, carrier_name, created_at, last_activity_at)
                values (?, 'Jardin partagé', 'Un potager', 'Un potager', 'ECOLOGY', 'IDEA', 0, 0, ?, 'Voisin', now(),
                        now()) returning id""", Long.class, neighbourhood, author);
    }

    private long need(long neighbourhood, long author) {
        return jdbc.queryForObject("""
                insert into suggestion (author_id, neighbourhood_id, title, text, category, status, created_at, updated_at)
                values (?, ?, 'Un banc', 'Pour se reposer', 'BENCH', 'NEW', now(), now()) returning id""",
                Long.class, author, neighbourhood);
    }
}
