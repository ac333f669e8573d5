package org.voisinage.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.voisinage.support.TestData;

/**
 * Full-text search over 500,000 initiatives (seeded in SQL with generate_series: titles from a vocabulary of 60
 * French and English project words, descriptions with rarer filler words), through {@link InitiativeFeed#list}: the
 * matches up to 1,001 (the count) and the first page, most recently active first, as the /initiatives page runs it.
 * Twelve common searches (one and two words, accents or not; a common word matches about 20,000 initiatives, 4 %,
 * every one of them more than the 1,001 counted) and five rare ones (24, 95, 5, 1 and 0 matches), 25 rounds.
 * Target: p95 ≤ 50 ms.
 *
 * <p>{@code ./mvnw -o test -Pbenchmark -Dtest=InitiativeSearchBenchmark}
 *
 * <p>Measured 2026-11-21 on the shared 2-core build machine, embedded PostgreSQL 18 with its default settings
 * (shared_buffers 128 MB, smaller than the 354 MB table):
 * <ul>
 * <li>the version before, count then page (common searches only), load average 9 to 10: median 40.7 ms, p95 101.5
 *     ms, max 329 ms; a rare word ("mot12345", 24 matches) walked the activity index through the whole table: 1.2 s
 *     in EXPLAIN ANALYZE, where the planner guessed 4,988 matches;
 * <li>matches first through the GIN index, then the page (this version), 425 searches: at load average 10 to 12,
 *     median 23.3 ms, p95 49.8 ms, max 133 ms (common words p95 52.0 ms, rare words p95 31.4 ms); at load average
 *     5, median 16.1 ms, p95 35.0 ms, max 212 ms (common words median 17.7 ms, p95 37.6 ms; rare words median
 *     7.0 ms, p95 16.5 ms); at load average 3.7 (this benchmark included), median 16.2 ms, p95 33.3 ms, max 120 ms
 *     (common words median 18.6 ms, p95 35.6 ms; rare words median 6.6 ms, p95 15.8 ms). For a common word the work is the same as before (1,001 matches read, then the activity
 *     index walked for a page): the two versions differ there by the load only.
 * </ul>
 * Under that load every figure is two to four times the quiet one (EXPLAIN ANALYZE of the statements alone: the
 * capped match list 6 to 17 ms for a common word, the page 0.3 to 10 ms, a rare word under 2 ms). The first version,
 * ranking matches with ts_rank, gave median 206 ms, p95 924 ms.
 */
@Tag("benchmark")
@SpringBootTest
@Import(TestData.class)
class InitiativeSearchBenchmark {

    static final int ROWS = 500_000;
    /** Common words: each matches more than the 1,001 counted (a single word about 4 % of the rows). */
    static final String[] QUERIES = {"compost", "jardin partagé", "fete voisins", "repair café", "vélo atelier",
            "garden", "library books", "boîte à livres", "solidarité", "zero dechet", "musique", "chantier participatif"};
    /** Rare words, as people search for a name: 24, 95, 5, 1 and 0 matches. */
    static final String[] RARE = {"mot12345", "lieu4321", "lieu4321 jardin", "mot777 compost", "kermesse"};

    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired InitiativeFeed feed;

    @Test
    void searchesHalfAMillionInitiativesWithAP95Under50Ms() {
        long territory = data.territory();
        long neighbourhood = data.neighbourhood(territory, -120.0, -40.0, -119.99, -39.99);
        long resident = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        long start = System.nanoTime();
        jdbc.update("""
                with words as (
                    select array['compost', 'jardin', 'partagé', 'fête', 'voisins', 'repair', 'café', 'vélo', 'atelier',
                        'boîte', 'livres', 'solidarité', 'zéro', 'déchet', 'musique', 'chantier', 'participatif',
                        'potager', 'ruelle', 'verte', 'cuisine', 'collective', 'troc', 'vêtements', 'graines', 'école',
                        'parents', 'aînés', 'goûter', 'sport', 'course', 'marche', 'nettoyage', 'quartier', 'fresque',
                        'murale', 'théâtre', 'cinéma', 'plein', 'air'] as fr,
                           array['garden', 'library', 'books', 'repair', 'bike', 'kitchen', 'street', 'party',
                        'cleanup', 'music', 'swap', 'seeds', 'school', 'elders', 'sports', 'walk', 'mural', 'film',
                        'theatre', 'workshop'] as en
                )
                insert into initiative (neighbourhood_id, title, description, summary, theme, status, longitude,
                                        latitude, created_by, carrier_name, created_at, last_activity_at)
                select ?, t.title, t.description, left(t.description, 280),
                       (array['ECOLOGY','SOCIAL','DEMOCRACY','CULTURE','SOLIDARITY','SPORT','OTHER'])[1 + g % 7],
                       (array['IDEA','GATHERING','ACTIVE','COMPLETED'])[1 + g % 4], -119.995, -39.995, ?, 'Bench',
                       now() - (g % 1000) * interval '1 hour', now() - (g % 997) * interval '1 hour'
                from generate_series(1, ?) g, words,
                lateral (select
                    initcap(fr[1 + (hashint4(g) & 2147483647) % 40]) || ' ' || fr[1 + (hashint4(g + 1) & 2147483647) % 40]
                        || ' ' || en[1 + (hashint4(g + 2) & 2147483647) % 20] || ' ' || g as title,
                    'Projet ' || fr[1 + (hashint4(g + 3) & 2147483647) % 40] || ' pour le quartier : on cherche '
                        || 'lieu' || (hashint4(g + 4) & 2147483647) % 5000 || ', matériel' || (hashint4(g + 5) & 2147483647) % 5000
                        || ' et des voisins motivés. ' || en[1 + (hashint4(g + 6) & 2147483647) % 20] || ' '
                        || 'mot' || (hashint4(g + 7) & 2147483647) % 20000 || '.' as description) t
                """, neighbourhood, resident, ROWS);
        jdbc.execute("analyze initiative");
        System.out.printf("Seeded %,d initiatives in %,d ms%n", ROWS, (System.nanoTime() - start) / 1_000_000);

        List<String> queries = new ArrayList<>(List.of(QUERIES));
        queries.addAll(List.of(RARE));
        for (String query : queries) {
            feed.list(query, null, null, PageRequest.of(0, 12)); // warm up
        }
        List<Long> micros = new ArrayList<>();
        List<Long> commonMicros = new ArrayList<>();
        List<Long> rareMicros = new ArrayList<>();
        long matches = 0;
        for (int round = 0; round < 25; round++) {
            for (String query : queries) {
                long t = System.nanoTime();
                matches += feed.list(query, null, null, PageRequest.of(0, 12)).getTotalElements();
                long elapsed = (System.nanoTime() - t) / 1_000;
                micros.add(elapsed);
                (List.of(RARE).contains(query) ? rareMicros : commonMicros).add(elapsed);
            }
        }
        double p95 = percentile(micros, 95);
        System.out.printf("Search over %,d initiatives: %d searches, median %.1f ms, p95 %.1f ms, max %.1f ms, "
                + "%,d matches on average; common words: median %.1f ms, p95 %.1f ms; rare words: median %.1f ms, "
                + "p95 %.1f ms%n", ROWS, micros.size(), percentile(micros, 50), p95, percentile(micros, 100),
                matches / micros.size(), percentile(commonMicros, 50), percentile(commonMicros, 95),
                percentile(rareMicros, 50), percentile(rareMicros, 95));
        assertThat(p95).isLessThanOrEqualTo(50.0);
    }

    /** The p-th percentile in milliseconds (nearest rank) of durations in microseconds. */
    static double percentile(List<Long> micros, int p) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * p / 100.0) - 1)) / 1000.0;
    }
}
