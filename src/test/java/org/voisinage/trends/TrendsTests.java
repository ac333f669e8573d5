package org.voisinage.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.voisinage.account.Residents;
import org.voisinage.account.Viewer;
import org.voisinage.support.StatementCounter;
import org.voisinage.support.TestData;

/**
 * The trends of a territory and its neighbourhoods on fixed data: each module's counts, the hiding of counts under 5
 * and of the figures that would give them away by subtraction, who may read what, the CSV and the PDF.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({TestData.class, StatementCounter.Installation.class})
class TrendsTests {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired Trends trends;
    @Autowired Residents residents;
    @Autowired org.springframework.cache.CacheManager caches;

    long territory;
    String slug;
    long north;
    long south;
    long author;
    YearMonth thisMonth;
    OffsetDateTime now;
    OffsetDateTime lastMonth;

    @BeforeEach
    void place() {
        territory = data.territory();
        slug = jdbc.queryForObject("select slug from territory where id = ?", String.class, territory);
        long[] two = data.twoNeighbourhoods(territory, -170, -80);
        north = two[0];
        south = two[1];
        author = data.resident("RESIDENT", "VERIFIED", north, null);
        thisMonth = YearMonth.now(PARIS);
        now = thisMonth.atDay(1).atTime(12, 0).atZone(PARIS).toOffsetDateTime();
        lastMonth = now.minusMonths(1);
    }

    @Test
    void needsAreCountedByCategoryWithSmallCountsAndTheTotalsThatWouldGiveThemAwayHidden() {
        needs(north, "LIGHTING", 6, now);
        needs(north, "BENCH", 2, now);
        needs(south, "LIGHTING", 3, now);
        needs(north, "GARDEN", 7, lastMonth);

        TrendTable whole = table(Viewer.ANONYMOUS, null, TrendKeys.NEEDS);
        int last = whole.monthTotals().size() - 1;
        // 9 street-light needs this month, but 3 of them in the south: the territory's 9 minus the north's 6 would
        // give the south's 3 away, so the 9 is hidden too
        assertThat(row(whole, "suggestion.category.LIGHTING").months().get(last).display()).isEqualTo(Figure.Display.MASKED);
        assertThat(text(row(whole, "suggestion.category.BENCH").months().get(last))).isEqualTo("< 5");
        assertThat(text(whole.monthTotals().get(last))).isEqualTo("masqué");
        // last month's 7 garden needs, alone in their month: shown, and their month's total with them
        assertThat(text(row(whole, "suggestion.category.GARDEN").months().get(last - 1))).isEqualTo("7");
        assertThat(text(whole.monthTotals().get(last - 1))).isEqualTo("7");
        assertThat(text(row(whole, "suggestion.category.GARDEN").total())).isEqualTo("7");
        assertThat(text(whole.total())).isEqualTo("masqué");
        assertThat(text(row(whole, "suggestion.category.OTHER").total())).isEqualTo("< 5"); // zero is under 5 too

        TrendTable northOnly = table(Viewer.ANONYMOUS, north, TrendKeys.NEEDS);
        assertThat(text(row(northOnly, "suggestion.category.LIGHTING").months().get(last))).isEqualTo("6");
        assertThat(text(row(northOnly, "suggestion.category.BENCH").months().get(last))).isEqualTo("< 5");
        // 8 this month in the north: 8 minus the 6 shown would give the 2 benches away
        assertThat(text(northOnly.monthTotals().get(last))).isEqualTo("masqué");
    }

    @Test
    void needAnswersAndTheirMedianTimesAreCountedInTheMonthOfTheAnswer() {
        List<Long> ids = needs(north, "LIGHTING", 6, now);
        for (int i = 0; i < ids.size(); i++) {
            jdbc.update("insert into suggestion_answer (suggestion_id, status, message, created_at) values (?, 'RECEIVED', 'Vu', ?)",
                    ids.get(i), now.plusHours(i < 3 ? 24 : 72));
        }
        jdbc.update("insert into suggestion_answer (suggestion_id, status, message, created_at) values (?, 'DONE', 'Fait', ?)",
                ids.get(0), now.plusHours(96));

        TrendTable answers = table(Viewer.ANONYMOUS, null, TrendKeys.NEED_ANSWERS);
        int last = answers.monthTotals().size() - 1;
        assertThat(text(row(answers, "suggestion.status.RECEIVED").months().get(last))).isEqualTo("6");
        assertThat(text(row(answers, "suggestion.status.DONE").months().get(last))).isEqualTo("< 5");
        TrendTable times = table(Viewer.ANONYMOUS, null, TrendKeys.NEED_TIMES);
        assertThat(times.additive()).isFalse();
        assertThat(text(row(times, "suggestion.trends.firstAnswer").months().get(last))).isEqualTo("2"); // 1, 1, 1, 3, 3, 3
        assertThat(text(row(times, "suggestion.trends.firstAnswer").total())).isEqualTo("2");
        assertThat(text(row(times, "suggestion.trends.closed").total())).isEqualTo("< 5"); // one need closed
    }

    @Test
    void everyModuleCountsItsOwnRows() {
        long action = jdbc.queryForObject("""
                insert into challenge_action (title, description, theme, status) values ('Trier', 'Trier', 'WASTE', 'PUBLISHED')
                returning id""", Long.class);
        long challenge = jdbc.queryForObject("""
                insert into challenge (action_id, title, target_name, target_kind, target_email, counter_commitment,
                                       territory_id, neighbourhood_id, goal, opens_on, deadline, state, offline_pledges)
                values (?, 'Défi', 'Mairie', 'TOWN', 'mairie@test.voisinage.test', 'Des bacs', ?, ?, 100, ?, ?, 'OPEN', 12)
                returning id""", Long.class, action, territory, north, now.toLocalDate(), now.toLocalDate().plusMonths(2));
        jdbc.update("insert into challenge_offline_pledge (challenge_id, count, note, recorded_at) values (?, 12, 'papier', ?)",
                challenge, now);
        for (int i = 0; i < 5; i++) {
            jdbc.update("""
                    insert into initiative (neighbourhood_id, title, description, summary, theme, status, longitude, latitude,
                                            created_by, carrier_name, created_at, last_activity_at)
                    values (?, 'Jardin', 'Un jardin', 'Un jardin', 'ECOLOGY', 'IDEA', 0, 0, ?, 'Quelqu’un', ?, ?)""",
                    north, author, now, now);
            jdbc.update("""
                    insert into agenda_event (neighbourhood_id, title, description, starts_at, ends_at, place, organiser_id,
                                              visibility, going_count)
                    values (?, 'Fête', 'Une fête', ?, ?, 'La place', ?, 'PUBLIC', 3)""",
                    south, now, now.plusHours(2), author);
            long receiver = data.resident("RESIDENT", "VERIFIED", north, null);
            jdbc.update("""
                    insert into completed_exchange (conversation_id, subject_type, subject_id, giver_id, receiver_id, service,
                                                    completed_at, neighbourhood_id)
                    values ((select coalesce(max(conversation_id), 0) + 1000000 from completed_exchange), 'LISTING', 1, ?, ?,
                            true, ?, ?)""", author, receiver, now, north);
        }
        jdbc.update("""
                insert into agenda_event (neighbourhood_id, title, description, starts_at, ends_at, place, organiser_id,
                                          visibility, going_count, cancelled_at)
                values (?, 'Annulée', 'Annulée', ?, ?, 'La place', ?, 'PUBLIC', 30, now())""", south, now, now.plusHours(2), author);

        TrendReport report = trends.of(Viewer.ANONYMOUS, territory, null, trends.period("3"));
        int last = 2;
        assertThat(report.months()).hasSize(3).last().isEqualTo(thisMonth);
        assertThat(text(row(report, TrendKeys.PLEDGES, "challenge.theme.WASTE").months().get(last))).isEqualTo("12");
        assertThat(text(row(report, TrendKeys.CHALLENGES, "challenge.theme.WASTE").months().get(last))).isEqualTo("< 5");
        assertThat(text(row(report, TrendKeys.INITIATIVES, "initiative.status.IDEA").months().get(last))).isEqualTo("5");
        assertThat(text(row(report, TrendKeys.EVENTS, "agenda.trends.events").months().get(last))).isEqualTo("5");
        assertThat(text(row(report, TrendKeys.EVENTS, "agenda.trends.going").months().get(last))).isEqualTo("15");
        assertThat(table(report, TrendKeys.EVENTS).monthTotals()).isEmpty(); // events and people do not add up
        assertThat(text(row(report, TrendKeys.EXCHANGES, "profile.trends.exchange.SERVICE").months().get(last))).isEqualTo("5");
        assertThat(text(row(report, TrendKeys.EXCHANGES, "profile.trends.exchange.OBJECT").months().get(last))).isEqualTo("< 5");
        // the south's page has none of the north's
        TrendReport southOnly = trends.of(Viewer.ANONYMOUS, territory, south, trends.period("3"));
        assertThat(text(row(southOnly, TrendKeys.INITIATIVES, "initiative.status.IDEA").months().get(last))).isEqualTo("< 5");
        assertThat(text(row(southOnly, TrendKeys.EVENTS, "agenda.trends.events").months().get(last))).isEqualTo("5");
    }

    @Test
    void theWaitingListIsGlobalStaffsOnly() throws Exception {
        String town = TestData.unique("Trendville");
        for (int i = 0; i < 6; i++) {
            jdbc.update("""
                    insert into waitlist_entry (email, display_name, address_id, address_label, postcode, town, locale)
                    values (?, 'Quelqu’un', ?, '1 rue', '69999', ?, 'fr')""",
                    TestData.unique("w") + "@test.voisinage.test", TestData.unique("a"), town);
        }
        long staff = data.resident("STAFF", "VERIFIED", null, null);
        long limited = data.resident("STAFF", "VERIFIED", null, null);
        jdbc.update("insert into staff_territory (resident_id, territory_id) values (?, ?)", limited, territory);

        TrendReport report = trends.of(residents.viewer(staff), territory, null, trends.period(null));
        assertThat(text(row(report, TrendKeys.WAITLIST, town + " (69999)").total())).isEqualTo("6");
        assertThat(body(page(""), data.user(staff))).contains("Demande en liste d’attente par commune", town);
        for (UserDetails other : java.util.Arrays.asList(null, data.user(limited), data.user(author))) {
            assertThat(body(page(""), other)).doesNotContain("Demande en liste d’attente", town);
            assertThat(body(page(".csv"), other)).doesNotContain(town);
        }
    }

    @Test
    void aMembersOnlyTerritorysTrendsAreItsMembersAndStaffs() throws Exception {
        jdbc.update("update territory set members_only = true where id = ?", territory);
        caches.getCacheNames().forEach(name -> caches.getCache(name).clear());
        long elsewhere = data.resident("RESIDENT", "VERIFIED", data.neighbourhoodSomewhereIn(-170, -160, -80, -70), null);
        long staff = data.resident("STAFF", "VERIFIED", null, null);
        for (String suffix : List.of("", ".csv")) {
            assertThat(status(page(suffix), null)).isEqualTo(404);
            assertThat(status(page(suffix), data.user(elsewhere))).isEqualTo(404);
            assertThat(status(page(suffix) + "?mois=7", data.user(elsewhere))).as("404 before the period").isEqualTo(404);
            assertThat(status(page(suffix), data.user(author))).isEqualTo(200);
            assertThat(status(page(suffix), data.user(staff))).isEqualTo(200);
        }
    }

    @Test
    void badPeriodsQuartersAndNeighbourhoodsAreRefusedInWords() throws Exception {
        for (String period : List.of("7", "abc", "-12", "99999999999")) {
            MockHttpServletResponse response = mvc.perform(get(page("")).param("mois", period)).andReturn().getResponse();
            assertThat(response.getStatus()).as(period).isEqualTo(400);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Choisissez une période de 3, 6, 12 ou 24 mois.");
            assertThat(mvc.perform(get(page(".csv")).param("mois", period)).andReturn().getResponse().getStatus()).isEqualTo(400);
        }
        long staff = data.resident("STAFF", "VERIFIED", null, null);
        for (String quarter : List.of("2026-T9", "T3", "1999-T1", "2026-13")) {
            MockHttpServletResponse response = mvc.perform(get(pdf()).param("trimestre", quarter).with(user(data.user(staff))))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).as(quarter).isEqualTo(400);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("écrivez-le par exemple 2026-T3");
        }
        long otherTerritory = data.territory();
        long elsewhere = data.neighbourhoodSomewhereIn(otherTerritory, -170, -160, -80, -70);
        assertThat(status(page("") + "?quartier=" + data.slugOf(elsewhere), null)).isEqualTo(404);
        assertThat(status(page("") + "?quartier=nowhere-" + TestData.unique("n"), null)).isEqualTo(404);
        assertThat(status("/territoires/" + TestData.unique("nowhere") + "/tendances/activite", null)).isEqualTo(404);
    }

    @Test
    void theCsvHoldsEveryFigureAsThePageShowsItForFrenchSpreadsheets() throws Exception {
        needs(north, "LIGHTING", 6, now);
        needs(north, "BENCH", 2, now);
        MockHttpServletResponse response = mvc.perform(get(page(".csv")).param("mois", "3").param("quartier", data.slugOf(north)))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv").contains("UTF-8");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment").contains(".csv");
        byte[] bytes = response.getContentAsByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
        String place = jdbc.queryForObject("select name from neighbourhood where id = ?", String.class, north);
        String name = jdbc.queryForObject("select name from territory where id = ?", String.class, territory);
        assertThat(csv).startsWith("Territoire;Quartier;Tableau;Ligne;Mois;Valeur\r\n");
        assertThat(csv).contains(name + ";" + place + ";Besoins remontés par catégorie;Éclairage;" + thisMonth + ";6\r\n")
                .contains(";Besoins remontés par catégorie;Banc, mobilier;" + thisMonth + ";< 5\r\n")
                .contains(";Besoins remontés par catégorie;Total;" + thisMonth + ";masqué\r\n")
                .contains(";Besoins remontés par catégorie;Éclairage;période;6\r\n");
    }

    @Test
    void staffOfTheTerritoryDownloadTheQuartersReport() throws Exception {
        YearMonth lastQuarterStart = YearMonth.of(thisMonth.getYear(), (thisMonth.getMonthValue() - 1) / 3 * 3 + 1).minusMonths(3);
        needs(north, "LIGHTING", 6, lastQuarterStart.atDay(2).atTime(12, 0).atZone(PARIS).toOffsetDateTime());
        needs(north, "BENCH", 2, lastQuarterStart.atDay(2).atTime(12, 0).atZone(PARIS).toOffsetDateTime());
        long staff = data.resident("STAFF", "VERIFIED", null, null);
        long staffElsewhere = data.resident("STAFF", "VERIFIED", null, null);
        jdbc.update("insert into staff_territory (resident_id, territory_id) values (?, ?)", staffElsewhere, data.territory());

        MockHttpServletResponse response = mvc.perform(get(pdf()).with(user(data.user(staff)))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment")
                .contains(Trends.quarterName(lastQuarterStart) + ".pdf");
        PdfReader reader = new PdfReader(response.getContentAsByteArray());
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(p)).append('\n');
        }
        String name = jdbc.queryForObject("select name from territory where id = ?", String.class, territory);
        assertThat(text.toString()).contains("Tendances du trimestre : " + name, "Trimestre " + Trends.quarterName(lastQuarterStart),
                "Besoins remontés par catégorie", "Éclairage", "< 5", "masqué", "Événements et participation",
                "Réponses de l'équipe aux besoins");
        // the quarter's 6 street-light needs shown, the month's total hidden (8 minus 6 would give the 2 benches away)
        assertThat(text.toString()).containsPattern("Éclairage\\s*6\\s*< 5\\s*< 5\\s*6")
                .containsPattern("Total\\s*masqué\\s*< 5\\s*< 5\\s*masqué");
        java.nio.file.Files.write(java.nio.file.Path.of("target", "trends-report.pdf"), response.getContentAsByteArray());

        assertThat(text.toString()).as("the town's report holds the territory's figures only")
                .doesNotContain("liste d'attente");
        assertThat(status(pdf(), data.user(staffElsewhere))).isEqualTo(404);
        assertThat(status(pdf(), data.user(author))).isEqualTo(403);
        assertThat(status(pdf() + "?trimestre=" + Trends.quarterName(thisMonth), data.user(staff))).isEqualTo(200);
    }

    @Test
    void thePageDrawsChartsWithTablesAndLinksTheFiles() throws Exception {
        needs(north, "LIGHTING", 6, now);
        long staff = data.resident("STAFF", "VERIFIED", null, null);
        String html = body(page(""), data.user(staff));
        assertThat(html).contains("<caption class=\"visually-hidden\">Besoins remontés par catégorie</caption>",
                "<th scope=\"row\">Éclairage</th>", "class=\"table-wrap\" tabindex=\"0\" role=\"region\"",
                "aria-labelledby=\"trend-needs-svg-title trend-needs-svg-desc\"", "/tendances/activite.csv?mois=12",
                "/admin/territories/" + territory + "/trends.pdf", "<label for=\"mois\">Période</label>");
        assertThat(body(page(""), null)).doesNotContain("/trends.pdf");
        assertThat(body("/territoires/" + slug + "/tendances", null)).contains("/territoires/" + slug + "/tendances/activite");
    }

    @Test
    void thePageRunsTheSameNumberOfStatementsForFewAndManyRows() throws Exception {
        int few = statements(page(""));
        for (String category : List.of("LIGHTING", "BENCH", "GARDEN", "SAFETY")) {
            needs(north, category, 30, now);
            needs(south, category, 30, lastMonth);
        }
        int many = statements(page(""));
        assertThat(many).isEqualTo(few);
        assertThat(few).isLessThanOrEqualTo(25);
    }

    private int statements(String url) throws Exception {
        mvc.perform(get(url)).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk()); // warm up
        StatementCounter.reset();
        mvc.perform(get(url)).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
        return StatementCounter.count();
    }

    private List<Long> needs(long neighbourhood, String category, int count, OffsetDateTime at) {
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(jdbc.queryForObject("""
                    insert into suggestion (author_id, neighbourhood_id, title, text, category, status, created_at, updated_at)
                    values (?, ?, 'Un besoin', 'Un besoin', ?, 'NEW', ?, ?) returning id""",
                    Long.class, author, neighbourhood, category, at, at));
        }
        return ids;
    }

    private TrendTable table(Viewer viewer, Long neighbourhood, String key) {
        return table(trends.of(viewer, territory, neighbourhood, trends.period(null)), key);
    }

    private static TrendTable table(TrendReport report, String key) {
        return report.tables().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }

    private static TrendTable.Row row(TrendReport report, String key, String label) {
        return row(table(report, key), label);
    }

    private static TrendTable.Row row(TrendTable table, String label) {
        return table.rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }

    private static String text(Figure figure) {
        return figure.text(java.util.Locale.FRENCH, "masqué");
    }

    private String page(String suffix) {
        return "/territoires/" + slug + "/tendances/activite" + suffix;
    }

    private String pdf() {
        return "/admin/territories/" + territory + "/trends.pdf";
    }

    private int status(String url, UserDetails person) throws Exception {
        MockHttpServletRequestBuilder request = get(url);
        if (person != null) {
            request.with(user(person));
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private String body(String url, UserDetails person) throws Exception {
        MockHttpServletRequestBuilder request = get(url);
        if (person != null) {
            request.with(user(person));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
