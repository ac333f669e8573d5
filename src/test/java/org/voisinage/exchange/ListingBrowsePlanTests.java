package org.voisinage.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.voisinage.neighbourhood.Neighbourhoods;
import org.voisinage.support.TestData;

/**
 * Exchanges within 3 km was the slowest page of the benchmark (8.9 req/s, p99 5.5 s at 50,000 residents): one OR over
 * lists of neighbourhoods made PostgreSQL read and sort every live listing around for each page. The browse
 * statements now walk listing_reach_idx (V151) per reachable neighbourhood: these plans, on thousands of listings,
 * prove it.
 */
@SpringBootTest
// unused MockMvc: the annotations of the other tests, so that they share one cached context
@AutoConfigureMockMvc
@Import(TestData.class)
class ListingBrowsePlanTests {

    static final int PER_NEIGHBOURHOOD = 3000;

    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired NamedParameterJdbcTemplate named;
    @Autowired Neighbourhoods neighbourhoods;

    @Test
    void theBrowsePageReadsAPageOfTheIndexPerNeighbourhoodNotEveryListingAround() {
        long territory = data.territory();
        long[] pair = data.twoNeighbourhoods(territory, 120, -40);
        long home = pair[0];
        long author = data.resident("RESIDENT", "VERIFIED", home, null);
        jdbc.update("""
                insert into listing (author_id, neighbourhood_id, direction, kind, category, title, description,
                                     radius_km, expires_on, created_at)
                select ?, n, 'OFFER', 'LEND', 'TOOLS', 'Perceuse ' || g, 'Une perceuse', (array[0, 1, 3, 10])[1 + g % 4],
                       current_date + 30, now() - g * interval '1 minute'
                from unnest(array[?, ?]) n, generate_series(1, ?) g""", author, pair[0], pair[1], PER_NEIGHBOURHOOD);
        // and a town's worth elsewhere, far away
        for (int i = 0; i < 8; i++) {
            long elsewhere = data.neighbourhoodSomewhereIn(territory, 130, 140, -40, -30);
            jdbc.update("""
                    insert into listing (author_id, neighbourhood_id, direction, kind, category, title, description,
                                         radius_km, expires_on, created_at)
                    select ?, ?, 'OFFER', 'LEND', 'TOOLS', 'Perceuse ' || g, 'Une perceuse', 10, current_date + 30,
                           now() - g * interval '1 minute'
                    from generate_series(1, ?) g""", author, elsewhere, PER_NEIGHBOURHOOD);
        }
        jdbc.execute("vacuum analyze listing");

        var statements = ListingBrowsing.statements(home, neighbourhoods.within(home, BrowseFilter.MAX_KM),
                new BrowseFilter(null, null, null, 3, null), LocalDate.now());
        Map<String, Object> page = new HashMap<>(statements.parameters());
        page.putAll(Map.of("limit", 20, "offset", 0, "window", 20));

        String pagePlan = plan(statements.page(), page);
        assertThat(pagePlan).contains("listing_reach_idx").doesNotContain("Seq Scan on listing");
        // each neighbourhood's scan stops after the page: 20 rows a loop, not thousands
        assertThat(actualRowsOfIndexScans(pagePlan)).allMatch(rows -> rows <= 20);

        String countPlan = plan(statements.count(), statements.parameters());
        assertThat(countPlan).contains("listing_reach_idx").doesNotContain("Seq Scan on listing");
        // the count reads the reachable neighbourhoods' part of the index, not the town; and it is right: home's listings, and the neighbour's that reach 1 km or more
        assertThat(named.queryForObject(statements.count(), statements.parameters(), Long.class))
                .isEqualTo(PER_NEIGHBOURHOOD + PER_NEIGHBOURHOOD * 3 / 4);
    }

    private String plan(String sql, Map<String, Object> parameters) {
        List<String> lines = named.queryForList("explain (analyze, costs off) " + sql, parameters, String.class);
        String plan = String.join("\n", lines);
        System.out.println(plan);
        return plan;
    }

    private static List<Integer> actualRowsOfIndexScans(String plan) {
        return plan.lines().filter(line -> line.contains("Index Scan using listing_reach_idx"))
                .map(line -> Integer.parseInt(line.replaceAll(".*rows=(\\d+).*", "$1"))).toList();
    }
}
