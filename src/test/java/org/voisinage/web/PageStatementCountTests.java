package org.voisinage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.voisinage.support.StatementCounter;
import org.voisinage.support.TestData;
import org.voisinage.web.MatrixFixtures.Role;

/**
 * The SQL statements of each page of the load benchmark's list (bench/run.sh), issue 12: at most
 * {@value #AT_MOST} a page, the two statements of the session included, and the same number once the page has many
 * more rows to show. Counted on a warm request: reference data comes from the caches once read. The data is the
 * route matrix's neighbourhood with one object of every kind ({@link MatrixFixtures}), then grown page by page.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({TestData.class, StatementCounter.Installation.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageStatementCountTests {

    /** Issue 12's budget, per page, session included. */
    static final int AT_MOST = 10;

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    MatrixFixtures f;

    @BeforeAll
    void oneOfEverything() throws Exception {
        f = new MatrixFixtures(data, jdbc).create(MatrixFixtures.Services.of(context));
    }

    // home 11 -> 8 statements; the header's two badges in one statement, the resident read once per request; the
    // feed's cards count members and open needs (with their offers) in its one statement, for the ten shown
    @Test
    void theSignedInHomePage() throws Exception {
        sameWithMoreRows("/", Role.RESIDENT_A, () -> {
            List<Long> members = neighbours(3);
            for (long initiative : copies("initiative", f.id("initiative"), 30)) {
                for (long member : members) {
                    jdbc.update("""
                            insert into initiative_member (initiative_id, resident_id, display_name, role, joined_at)
                            values (?, ?, 'Member', 'MEMBER', now())""", initiative, member);
                }
                for (long need : copies("initiative_need", f.id("need"), 2,
                        Map.of("initiative_id", String.valueOf(initiative)))) {
                    copies("initiative_offer", f.id("offer"), 2,
                            Map.of("initiative_id", String.valueOf(initiative), "need_id", String.valueOf(need)));
                }
            }
            copies("challenge", f.id("challenge"), 10);
            for (long announcement : copies("announcement", f.id("announcement"), 10)) {
                jdbc.update("insert into announcement_neighbourhood (announcement_id, neighbourhood_id) values (?, ?)",
                        announcement, f.id("neighbourhood"));
            }
        });
    }

    // 10 -> 9
    @Test
    void theNeighbourhoodPageOfAMember() throws Exception {
        String page = "/quartiers/" + f.get("neighbourhoodSlug");
        sameWithMoreRows(page, Role.RESIDENT_A, () -> {
            // alerts by several neighbours: their names are read together, not one author at a time
            List<Long> authors = neighbours(5);
            copies("alert", f.id("alert"), 20,
                    Map.of("author_id", "(array" + authors + ")[1 + g % " + authors.size() + "]"));
            copies("suggestion", f.id("suggestion"), 20);
        });
    }

    // 15 -> 10: its history, milestones, paper pledges and updates in one statement, the follow in one
    @Test
    void aChallengePage() throws Exception {
        String page = "/defis/" + f.id("challenge");
        sameWithMoreRows(page, Role.RESIDENT_A, () -> {
            long challenge = f.id("challenge");
            for (long pledger : neighbours(10)) {
                jdbc.update("insert into challenge_pledge (challenge_id, resident_id, pledged_at) values (?, ?, now())",
                        challenge, pledger);
            }
            jdbc.update("""
                    insert into challenge_history (challenge_id, state, note, occurred_at)
                    select ?, 'OPEN', 'note ' || g, now() from generate_series(1, 10) g""", challenge);
            jdbc.update("""
                    insert into challenge_update (challenge_id, body, posted_at)
                    select ?, 'update ' || g, now() from generate_series(1, 10) g""", challenge);
            jdbc.update("""
                    insert into challenge_offline_pledge (challenge_id, count, note, recorded_at)
                    select ?, 2, 'paper ' || g, now() from generate_series(1, 5) g""", challenge);
        });
    }

    // 16 -> 10: the initiative with its members, its needs with their offers, each in one statement
    @Test
    void anInitiativePage() throws Exception {
        String page = "/initiatives/" + f.id("initiative");
        sameWithMoreRows(page, Role.RESIDENT_A, () -> {
            long initiative = f.id("initiative");
            copies("initiative_comment", f.id("comment"), 40);
            copies("initiative_update", f.id("update"), 10);
            copies("initiative_need", f.id("need"), 5);
            copies("initiative_offer", f.id("offer"), 5);
            for (long member : neighbours(10)) {
                jdbc.update("""
                        insert into initiative_member (initiative_id, resident_id, display_name, role, joined_at)
                        values (?, ?, 'Member', 'MEMBER', now())""", initiative, member);
            }
        });
    }

    // 9 -> 7
    @Test
    void exchangesWithin3Km() throws Exception {
        sameWithMoreRows("/echanges?km=3", Role.RESIDENT_A, () -> copies("listing", f.id("listing"), 60));
    }

    // 9 -> 7
    @Test
    void anExchangeSearch() throws Exception {
        sameWithMoreRows("/echanges?q=perceuse", Role.RESIDENT_A, () -> copies("listing", f.id("listing"), 60));
    }

    // 11 -> 9
    @Test
    void theInbox() throws Exception {
        sameWithMoreRows("/messages", Role.RESIDENT_A, () -> {
            long conversation = f.id("conversation");
            // conversations with the same neighbour about 30 other listings
            for (long listing : copies("listing", f.id("listing"), 30)) {
                jdbc.update("""
                        insert into conversation (resident_low, resident_high, subject_type, subject_id, started_by,
                                                  created_at, last_message_at)
                        select resident_low, resident_high, subject_type, ?, started_by, created_at, last_message_at
                        from conversation where id = ?""", listing, conversation);
            }
        });
    }

    // 14 -> 9: the page of messages and whether older ones exist in one statement, both blocks in one
    @Test
    void aConversationWithManyMessages() throws Exception {
        String page = "/messages/" + f.id("conversation");
        sameWithMoreRows(page, Role.RESIDENT_A, () -> {
            jdbc.update("""
                    insert into message (conversation_id, author_id, body, sent_at)
                    select c.id, case when g % 2 = 0 then c.resident_low else c.resident_high end, 'message ' || g, now()
                    from conversation c, generate_series(1, 200) g where c.id = ?""", f.id("conversation"));
        });
        // an older page of the long conversation: the same statements as its first page
        assertSameAndWithinBudget(warm(page, Role.RESIDENT_A), warm(page + "?page=3", Role.RESIDENT_A));
    }

    // 9 -> 7, and a month of 200 events runs the statements of a month of 2, its grid built without a lookup per event
    @Test
    void anAgendaMonthOf200Events() throws Exception {
        LocalDate day = jdbc.queryForObject("select (starts_at at time zone 'Europe/Paris')::date from agenda_event where id = ?",
                LocalDate.class, f.id("event"));
        String page = "/agenda?mois=" + YearMonth.from(day);
        sameWithMoreRows(page, Role.RESIDENT_A, () -> {
            copies("agenda_event", f.id("event"), 198, Map.of("starts_at",
                    "date_trunc('month', starts_at) + interval '1 day' + (g % 25) * interval '1 day' + (g % 8) * interval '1 hour'",
                    "ends_at", "date_trunc('month', starts_at) + interval '1 day' + (g % 25) * interval '1 day' + (g % 8 + 1) * interval '1 hour'"));
        });
        // the grid holds them all, each on its day with its time written
        var month = (org.voisinage.agenda.AgendaViews.Month) mvc.perform(get(page).with(user(f.people.get(Role.RESIDENT_A))))
                .andReturn().getModelAndView().getModel().get("month");
        assertThat(month.eventCount()).isGreaterThanOrEqualTo(200);
        assertThat(month.days().stream().mapToLong(d -> d.events().size()).sum()).isGreaterThanOrEqualTo(200);
        assertThat(month.days().stream().flatMap(d -> d.events().stream()))
                .allMatch(e -> e.time().matches("\\d\\d:\\d\\d"));
    }

    // 7 -> 6
    @Test
    void anInitiativeSearch() throws Exception {
        sameWithMoreRows("/initiatives?q=jardin", Role.RESIDENT_A, () -> copies("initiative", f.id("initiative"), 30));
    }

    // 15 -> 10: the residents' numbers in one statement, the needs' numbers in one
    @Test
    void theStaffDashboard() throws Exception {
        sameWithMoreRows("/admin", Role.ADMIN, () -> {
            copies("suggestion", f.id("suggestion"), 20);
            copies("alert", f.id("alert"), 20);
            for (int i = 0; i < 5; i++) {
                data.resident("RESIDENT", "PENDING", f.id("neighbourhood"), null);
            }
        });
    }

    // 8 -> 7 (6 while the queue fits one page: a paged list counts its rows once a page is full)
    @Test
    void theModerationQueue() throws Exception {
        openCases(25);
        sameWithMoreRows("/moderation", Role.ADMIN, () -> {
            openCases(40);
        });
    }

    /** Open cases like the fixture's, about copies of its listing. */
    private void openCases(int n) {
        for (long listing : copies("listing", f.id("listing"), n)) {
            jdbc.update("""
                    insert into moderation_case (content_type, content_id, neighbourhood_id, author_id, status,
                                                 report_count, reported_title, score, opened_at)
                    select content_type, ?, neighbourhood_id, author_id, status, report_count, reported_title, score,
                           opened_at
                    from moderation_case where id = ?""", listing, f.id("case"));
        }
    }

    // an anonymous page reads nothing
    @Test
    void theAboutPage() throws Exception {
        assertThat(warm("/about", Role.ANONYMOUS)).isZero();
    }

    /** The page's statements, the same once {@code more} gave it many more rows, and within the budget. */
    // the search across everything (issue 15): every kind in one statement, whatever the number of matches
    @Test
    void theSearchAcrossEverything() throws Exception {
        sameWithMoreRows("/recherche?q=" + f.MEMBERS, Role.RESIDENT_A, () -> {
            copies("listing", f.id("listing"), 20);
            copies("suggestion", f.id("suggestion"), 20);
            copies("agenda_event", f.id("eventMembers"), 20);
        });
    }

    private void sameWithMoreRows(String url, Role role, Runnable more) throws Exception {
        int before = warm(url, role);
        more.run();
        assertSameAndWithinBudget(before, warm(url, role));
    }

    private static void assertSameAndWithinBudget(int before, int after) {
        assertThat(after).as("statements once the page has many more rows").isEqualTo(before);
        assertThat(after).as("statements of the page, session included").isLessThanOrEqualTo(AT_MOST);
    }

    /** The statements of the second of two requests (the first fills the caches). */
    private int warm(String url, Role role) throws Exception {
        statements(url, role);
        return statements(url, role);
    }

    private int statements(String url, Role role) throws Exception {
        MockHttpServletRequestBuilder request = get(url);
        if (role != Role.ANONYMOUS) {
            request.with(user(f.people.get(role)));
        }
        StatementCounter.reset();
        mvc.perform(request).andExpect(status().isOk());
        int count = StatementCounter.count();
        System.out.println("statements " + role + " " + url + ": " + count);
        return count;
    }

    /** {@code n} new verified residents of the neighbourhood. */
    private List<Long> neighbours(int n) {
        return java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> data.resident("RESIDENT", "VERIFIED", f.id("neighbourhood"), null)).toList();
    }

    /** {@code n} copies of a row (every column but the id and generated ones), their ids. */
    private List<Long> copies(String table, long id, int n) {
        return copies(table, id, n, Map.of());
    }

    /** The same with some columns computed: SQL expressions of the row's columns and of {@code g}, 1 to n. */
    private List<Long> copies(String table, long id, int n, Map<String, String> computed) {
        List<String> columns = jdbc.queryForList("""
                select column_name from information_schema.columns
                where table_name = ? and table_schema = current_schema() and column_name <> 'id'
                  and is_generated = 'NEVER' order by ordinal_position""", String.class, table);
        String names = String.join(", ", columns);
        String values = columns.stream().map(c -> computed.getOrDefault(c, c)).collect(Collectors.joining(", "));
        return jdbc.queryForList("insert into " + table + " (" + names + ") select " + values + " from " + table
                + ", generate_series(1, ?) g where id = ? returning id", Long.class, n, id);
    }
}
