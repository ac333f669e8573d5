package org.voisinage.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.voisinage.support.TestData;

/**
 * Browse and full-text search over 20,000 live listings spread over four neighbourhoods (half of them within the
 * viewer's reach): median time of the service call (count + page + thumbnails). Target: median at most
 * {@value #MEDIAN_TARGET_MS} ms for each browse and search. Run with
 * {@code ./mvnw test -Pbenchmark -Dtest=ListingBrowseBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class ListingBrowseBenchmark {

    static final int LISTINGS = 20_000;
    static final double MEDIAN_TARGET_MS = 200;

    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired ListingBrowsing browsing;

    @Test
    void browseAndSearch() {
        ExchangeFixtures f = ExchangeFixtures.create(data, jdbc);
        long started = System.nanoTime();
        jdbc.update("""
                insert into listing (author_id, neighbourhood_id, direction, kind, category, title, description,
                                     radius_km, expires_on)
                select case g % 4 when 0 then ? when 1 then ? when 2 then ? else ? end,
                       case g % 4 when 0 then ? when 1 then ? when 2 then ? else ? end,
                       case when g % 3 = 0 then 'REQUEST' else 'OFFER' end,
                       (array['SERVICE','LEND','GIVE','BARTER','RIDE_SHARE','GOOD_DEAL','SKILL'])[1 + (g / 3) % 7],
                       (array['DIY','GARDENING','TOOLS','BOOKS','COOKING'])[1 + (g / 5) % 5],
                       (array['Perceuse','Vélo','Tondeuse','Livres de cuisine','Cours de piano','Garde d''enfants'])[1 + (g / 4) % 6]
                           || ' numéro ' || g,
                       'Une annonce de test, avec des mots : réparation, jardin, bricolage, échange ' || md5(g::text),
                       (array[0, 1, 3, 10])[1 + (g / 7) % 4], current_date + 30
                from generate_series(1, ?) g""",
                f.homeResident(), f.nearResident(), f.farResident(), f.remoteResident(),
                f.home(), f.near(), f.far(), f.remote(), LISTINGS);
        jdbc.execute("analyze listing");
        System.out.printf("Inserted %,d listings in %d ms%n", LISTINGS, (System.nanoTime() - started) / 1_000_000);
        long viewer = f.resident(f.home());
        jdbc.queryForList("""
                explain analyze select count(*) from listing l where l.hidden_at is null and l.expired_at is null
                and l.search @@ websearch_to_tsquery('french', exchange_unaccent('velo'))""", String.class)
                .forEach(line -> System.out.println("  " + line));
        measure("browse, everything within 10 km", viewer, new BrowseFilter(null, null, null, null, null));
        measure("browse, lends in tools within 3 km", viewer, new BrowseFilter(ListingKind.LEND, ListingCategory.TOOLS, null, 3, null));
        measure("search \"velo\"", viewer, new BrowseFilter(null, null, null, null, "velo"));
        measure("search \"reparation jardin\" page 10", viewer, new BrowseFilter(null, null, null, null, "reparation jardin"));
    }

    void measure(String what, long viewer, BrowseFilter filter) {
        long[] times = new long[15];
        long total = 0;
        for (int i = 0; i < times.length; i++) {
            long started = System.nanoTime();
            total = browsing.browse(viewer, filter, PageRequest.of(what.contains("page 10") ? 10 : 0, 20))
                    .page().getTotalElements();
            times[i] = System.nanoTime() - started;
        }
        Arrays.sort(times);
        System.out.printf("%-40s %,6d matches, median %.1f ms, max %.1f ms%n", what, total, times[times.length / 2] / 1e6,
                times[times.length - 1] / 1e6);
        assertThat(times[times.length / 2] / 1e6).as(what + " median (ms)").isLessThanOrEqualTo(MEDIAN_TARGET_MS);
        assertThat(total).as(what + " matches").isPositive();
    }
}
