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

        Map<String, Object> count = new HashMap<>(statements.parameters());
        count.put("cap", 100_000);
        String countPlan = plan(statements.count(), count);
        assertThat(countPlan).contains("listing_reach_idx").doesNotContain("Seq Scan on listing");
        // the count reads the reachable neighbourhoods' part of the index, not the town; and it is right: home's listings, and the neighbour's that reach 1 km or more
        assertThat(named.queryForObject(statements.count(), count, Long.class))
                .isEqualTo(PER_NEIGHBOURHOOD + PER_NEIGHBOURHOOD * 3 / 4);
    }

    /**
     * The reach is two array parameters: every viewer's statements have the same text, so each gets the prepared plan
     * (the reach written into the text gave each neighbourhood its own statement, planned again for every request).
     * The count stops at its cap walking the index, and a search makes its query once, not once a match.
     */
    @Test
    void theStatementsAreTheSameForEveryViewerTheCountStopsAtItsCapAndASearchMakesItsQueryOnce() {
        long territory = data.territory();
        long[] pair = data.twoNeighbourhoods(territory, 100, -50);
        long author = data.resident("RESIDENT", "VERIFIED", pair[0], null);
        jdbc.update("""
                insert into listing (author_id, neighbourhood_id, direction, kind, category, title, description,
                                     radius_km, expires_on, created_at)
                select ?, ?, 'OFFER', 'LEND', 'TOOLS', 'Ponceuse ' || g, case when g % 10 = 0 then 'Une ponceuse' else 'Un outil' end,
                       10, current_date + 30, now() - g * interval '1 minute'
                from generate_series(1, ?) g""", author, pair[0], PER_NEIGHBOURHOOD);
        jdbc.execute("vacuum analyze listing");
        BrowseFilter browse = new BrowseFilter(null, null, null, 3, null);
        BrowseFilter search = new BrowseFilter(null, null, null, null, "ponceuse");
        for (BrowseFilter filter : List.of(browse, search)) {
            var mine = ListingBrowsing.statements(pair[0], neighbourhoods.within(pair[0], BrowseFilter.MAX_KM),
                    filter, LocalDate.now());
            var theirs = ListingBrowsing.statements(pair[1], neighbourhoods.within(pair[1], BrowseFilter.MAX_KM),
                    filter, LocalDate.now());
            assertThat(theirs.page()).isEqualTo(mine.page());
            assertThat(theirs.count()).isEqualTo(mine.count());
        }

        var statements = ListingBrowsing.statements(pair[0], neighbourhoods.within(pair[0], BrowseFilter.MAX_KM),
                browse, LocalDate.now());
        Map<String, Object> count = new HashMap<>(statements.parameters());
        count.put("cap", ListingBrowsing.COUNT_CAP + 1);
        // which way the planner reads the reach index (index-only, 201 rows; or a bitmap and a sort) follows the
        // listings per neighbourhood in the statistics: the whole suite's thousands of small neighbourhoods in the shared
        // test database make it sort, the big dataset's 20 busy ones walk the index (count 112 ms -> 0.3-2 ms there)
        String countPlan = plan(statements.count(), count);
        assertThat(countPlan).contains("listing_reach_idx").doesNotContain("Seq Scan on listing");
        assertThat(named.queryForObject(statements.count(), count, Long.class)).isEqualTo(ListingBrowsing.COUNT_CAP + 1);

        var searching = ListingBrowsing.statements(pair[0], neighbourhoods.within(pair[0], BrowseFilter.MAX_KM),
                search, LocalDate.now());
        assertThat(searching.count()).as("a search's page counts its matches itself").isNull();
        Map<String, Object> page = new HashMap<>(searching.parameters());
        page.putAll(Map.of("limit", 20, "offset", 0));
        String searchPlan = plan(searching.page(), page);
        // the ranking reads the query an init plan made (exchange_unaccent, not inlinable, ran once a match)
        // (the index chosen follows the statistics too, as above: only the query's being made once is asserted)
        assertThat(searchPlan).containsPattern("Sort Key: \\(?ts_rank\\(l\\.search, \\(InitPlan \\d\\)");
        List<Map<String, Object>> ranked = named.queryForList(searching.page(), page);
        assertThat(ranked).hasSize(20);
        assertThat(ranked).allMatch(row -> ((Number) row.get("total")).longValue() == PER_NEIGHBOURHOOD);
    }

    private String plan(String sql, Map<String, Object> parameters) {
        List<String> lines = named.queryForList("explain (analyze, costs off) " + sql, parameters, String.class);
        String plan = String.join("\n", lines);
        System.out.println(plan);
        return plan;
    }

    private static List<Integer> actualRowsOfIndexScans(String plan) {
        return actualRowsOf(plan, "Index Scan using listing_reach_idx");
    }

    private static List<Integer> actualRowsOf(String plan, String node) {
        return plan.lines().filter(line -> line.contains(node))
                .map(line -> Integer.parseInt(line.replaceAll(".*rows=(\\d+).*", "$1"))).toList();
    }
}
