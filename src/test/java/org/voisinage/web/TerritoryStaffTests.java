package org.voisinage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.voisinage.support.TestData;

/**
 * Staff limited to one territory see and act only there: rows of the route matrix for a ninth person, the staff
 * member of territory A, against territory A's and territory B's admin pages (administrators stay global).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class TerritoryStaffTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.voisinage.announcement.Announcements announcements;
    @Autowired org.voisinage.organisation.Organisations organisations;
    @Autowired org.voisinage.suggestion.Suggestions suggestions;

    long territoryA;
    long territoryB;
    long neighbourhoodA;
    long neighbourhoodB;
    long pendingA;
    long pendingB;
    long staffOfA;
    long admin;

    @BeforeEach
    void setUp() {
        double lon = ThreadLocalRandom.current().nextDouble(100, 120);
        double lat = ThreadLocalRandom.current().nextDouble(-60, -50);
        territoryA = data.territory();
        territoryB = data.territory();
        neighbourhoodA = data.neighbourhood(territoryA, lon, lat, lon + 0.001, lat + 0.001);
        neighbourhoodB = data.neighbourhood(territoryB, lon + 0.01, lat, lon + 0.011, lat + 0.001);
        pendingA = data.resident("RESIDENT", "PENDING", neighbourhoodA, null);
        pendingB = data.resident("RESIDENT", "PENDING", neighbourhoodB, null);
        staffOfA = data.resident("STAFF", "VERIFIED", null, null);
        admin = data.resident("ADMIN", "VERIFIED", null, null);
        jdbc.update("insert into staff_territory (resident_id, territory_id) values (?, ?)", staffOfA, territoryA);
    }

    /** One row: a request, what the staff member of A gets, what an administrator gets (O page, S done, N 404). */
    record Row(String method, String url, char staffOfA, char admin) {}

    @Test
    void staffOfOneTerritoryGet404OnAnotherTerritorysAdminPages() throws Exception {
        List<Row> rows = List.of(
                new Row("GET", "/admin/territories/" + territoryA + "/edit", 'O', 'O'),
                new Row("GET", "/admin/territories/" + territoryB + "/edit", 'N', 'O'),
                new Row("GET", "/admin/territories/" + territoryB + "/neighbourhoods/new", 'N', 'O'),
                new Row("GET", "/admin/territories/" + territoryB + "/neighbourhoods/" + neighbourhoodB + "/edit", 'N', 'O'),
                new Row("GET", "/admin/territories/new", 'N', 'O'),
                new Row("GET", "/admin/verifications/" + pendingA, 'O', 'O'),
                new Row("GET", "/admin/verifications/" + pendingB, 'N', 'O'),
                new Row("POST", "/admin/verifications/" + pendingB + "/flat", 'N', 'S'),
                new Row("GET", "/admin/people/" + pendingB, 'N', 'O'),
                new Row("POST", "/admin/credits/" + territoryB, 'N', 'S'));
        StringBuilder problems = new StringBuilder();
        for (Row row : rows) {
            check(row, row.staffOfA(), data.user(staffOfA), problems);
            check(row, row.admin(), data.user(admin), problems);
        }
        assertThat(problems.toString()).isEmpty();
        assertThat(jdbc.queryForObject("select status from resident where id = ?", String.class, pendingB))
                .isEqualTo("PENDING");

        // lists show only their territory's people and territories
        mvc.perform(get("/admin/verifications").with(user(data.user(staffOfA))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name(pendingA))))
                .andExpect(content().string(not(containsString(name(pendingB)))));
        // (the administrator's queue holds every test's pending people: the page filtered to B's neighbourhood)
        mvc.perform(get("/admin/verifications").param("neighbourhood", Long.toString(neighbourhoodB))
                        .with(user(data.user(admin))))
                .andExpect(content().string(containsString(name(pendingB))));
    }

    @Test
    void onlyAdministratorsLimitStaffAndTheLimitCountsAtOnce() throws Exception {
        long global = data.resident("STAFF", "VERIFIED", null, null);
        mvc.perform(get("/admin/verifications/" + pendingB).with(user(data.user(global)))).andExpect(status().isOk());
        mvc.perform(post("/admin/people/{id}/territories", global).with(csrf()).with(user(data.user(staffOfA)))
                        .param("territories", String.valueOf(territoryA)))
                .andExpect(status().is4xxClientError()); // not theirs to see (404), nor to change (403)
        mvc.perform(post("/admin/people/{id}/territories", global).with(csrf()).with(user(data.user(admin)))
                        .param("territories", String.valueOf(territoryA)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/verifications/" + pendingB).with(user(data.user(global)))).andExpect(status().isNotFound());
        mvc.perform(post("/admin/people/{id}/territories", global).with(csrf()).with(user(data.user(admin))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/verifications/" + pendingB).with(user(data.user(global)))).andExpect(status().isOk());
    }

    /** Every admin and moderation page about one territory's content: 404 for staff of another, the page on theirs. */
    @Test
    void staffOfOneTerritoryGet404OnAnotherTerritorysContentInEveryAdminPage() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        long residentA = data.resident("RESIDENT", "VERIFIED", neighbourhoodA, null);
        long residentB = data.resident("RESIDENT", "VERIFIED", neighbourhoodB, null);
        long announcementA = announcements.publish(admin, new org.voisinage.announcement.AnnouncementForm(
                "Annonce A " + run, "Texte", null, List.of(neighbourhoodA), false, null));
        long announcementB = announcements.publish(admin, new org.voisinage.announcement.AnnouncementForm(
                "Annonce B " + run, "Texte", null, List.of(neighbourhoodB), false, null));
        long organisationA = organisations.register(territoryA, null, org.voisinage.organisation.OrganisationKind.SHOP,
                "Epicerie A " + run, "epicerie-a-" + run, "Vrac");
        long organisationB = organisations.register(territoryB, null, org.voisinage.organisation.OrganisationKind.SHOP,
                "Epicerie B " + run, "epicerie-b-" + run, "Vrac");
        long needA = suggestions.raise(residentA, new org.voisinage.suggestion.SuggestionForm("Banc A " + run,
                "Au parc", org.voisinage.suggestion.SuggestionCategory.BENCH, null));
        long needB = suggestions.raise(residentB, new org.voisinage.suggestion.SuggestionForm("Banc B " + run,
                "Au parc", org.voisinage.suggestion.SuggestionCategory.BENCH, null));
        long challengeA = challenge(territoryA, neighbourhoodA, "Defi A " + run);
        long challengeB = challenge(territoryB, neighbourhoodB, "Defi B " + run);
        long requestA = request(residentA, territoryA, "Interphone A " + run);
        long requestB = request(residentB, territoryB, "Interphone B " + run);

        List<Row> rows = List.of(
                new Row("GET", "/admin/annonces/" + announcementA, 'O', 'O'),
                new Row("GET", "/admin/annonces/" + announcementB, 'N', 'O'),
                new Row("POST", "/admin/annonces/" + announcementB + "/retrait", 'N', 'S'),
                new Row("GET", "/admin/organisations/" + organisationA, 'O', 'O'),
                new Row("GET", "/admin/organisations/" + organisationB, 'N', 'O'),
                new Row("GET", "/admin/besoins/" + needA, 'O', 'O'),
                new Row("GET", "/admin/besoins/" + needB, 'N', 'O'),
                new Row("GET", "/admin/challenges/" + challengeA, 'O', 'O'),
                new Row("GET", "/admin/challenges/" + challengeB, 'N', 'O'),
                new Row("GET", "/admin/challenges/" + challengeB + "/edit", 'N', 'O'),
                new Row("GET", "/demandes/" + requestA, 'O', 'O'),
                new Row("GET", "/demandes/" + requestB, 'N', 'O'),
                new Row("POST", "/admin/people/" + residentB + "/role", 'N', '?'),
                new Row("GET", "/admin/people/" + residentA, 'O', 'O'),
                new Row("GET", "/admin/audit", 'N', 'O'),
                new Row("GET", "/admin/outbox", 'N', 'O'),
                new Row("GET", "/admin/members", 'N', 'O'),
                new Row("GET", "/admin/waitlist", 'N', 'O'));
        StringBuilder problems = new StringBuilder();
        for (Row row : rows) {
            check(row, row.staffOfA(), data.user(staffOfA), problems);
            check(row, row.admin(), data.user(admin), problems);
        }
        assertThat(problems.toString()).isEmpty();
        assertThat(jdbc.queryForObject("select unpublished_at is null from announcement where id = ?", Boolean.class,
                announcementB)).as("B's announcement left alone by staff of A").isFalse(); // the admin withdrew it

        // the lists: A's rows, none of B's (filtered in SQL)
        for (String list : List.of("/admin/annonces", "/admin/organisations", "/admin/besoins", "/admin/challenges",
                "/admin/demandes", "/admin/people")) {
            String page = mvc.perform(get(list).with(user(data.user(staffOfA)))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).as(list).doesNotContain(" B " + run).doesNotContain(name(residentB))
                    .doesNotContain(name(pendingB));
        }
        for (String list : List.of("/admin/annonces", "/admin/organisations", "/admin/challenges", "/admin/demandes")) {
            assertThat(mvc.perform(get(list).with(user(data.user(staffOfA)))).andReturn().getResponse()
                    .getContentAsString()).as(list).contains(" A " + run);
        }
        assertThat(mvc.perform(get("/admin/people").param("q", name(residentA)).with(user(data.user(staffOfA))))
                .andReturn().getResponse().getContentAsString()).contains(name(residentA));
    }

    @Test
    void theirPagesOfferOnlyTheirTerritorysChoicesAndTheRequestPageItsStaffsSide() throws Exception {
        long residentA = data.resident("RESIDENT", "VERIFIED", neighbourhoodA, null);
        String choiceA = neighbourhoodChoice(neighbourhoodA);
        String choiceB = neighbourhoodChoice(neighbourhoodB);
        String asStaffOfA = mvc.perform(get("/admin/people/" + residentA).with(user(data.user(staffOfA))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(asStaffOfA).as("moderation choices").contains(choiceA).doesNotContain(choiceB);
        assertThat(mvc.perform(get("/admin/people/" + residentA).with(user(data.user(admin)))).andReturn()
                .getResponse().getContentAsString()).contains(choiceA).contains(choiceB);

        // staff of B living in A write to A's staff: their own request shows them the resident's side only
        long staffOfBLivingInA = data.resident("STAFF", "VERIFIED", neighbourhoodA, null);
        jdbc.update("insert into staff_territory (resident_id, territory_id) values (?, ?)", staffOfBLivingInA,
                territoryB);
        long own = request(staffOfBLivingInA, territoryA, "Interphone " + System.nanoTime());
        String note = "/admin/demandes/" + own + "/note";
        assertThat(mvc.perform(get("/demandes/" + own).with(user(data.user(staffOfBLivingInA))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).doesNotContain(note);
        assertThat(mvc.perform(get("/demandes/" + own).with(user(data.user(staffOfA)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains(note);
    }

    @Test
    void staffOfATerritorySeeAndKeepItsLeaversOnly() throws Exception {
        String run = Long.toString(System.nanoTime(), 36).toUpperCase();
        String leaverA = "LA" + run;
        String leaverB = "LB" + run;
        for (String number : List.of(leaverA, leaverB)) {
            jdbc.update("""
                    insert into member_register_entry (member_number, name, number, street, postcode, town, address_id,
                                                       imported_at, left_at)
                    values (?, ?, '1', 'Rue du Port', '99999', 'Testville', ?, now(), now())""", number,
                    "Partant " + number, "addr-" + number);
        }
        jdbc.update("update resident set member_number = ? where id = ?", leaverA,
                data.resident("RESIDENT", "VERIFIED", neighbourhoodA, null));
        jdbc.update("update resident set member_number = ? where id = ?", leaverB,
                data.resident("RESIDENT", "VERIFIED", neighbourhoodB, null));

        mvc.perform(get("/admin/members").with(user(data.user(staffOfA)))).andExpect(status().isNotFound());
        String page = mvc.perform(get("/admin/leavers").with(user(data.user(staffOfA)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Partant " + leaverA).doesNotContain("Partant " + leaverB);
        assertThat(mvc.perform(get("/admin/leavers").with(user(data.user(admin)))).andReturn().getResponse()
                .getContentAsString()).contains("Partant " + leaverA).contains("Partant " + leaverB);

        mvc.perform(post("/admin/leavers/{n}/keep", leaverB).with(csrf()).with(user(data.user(staffOfA)))
                .param("reason", "Cotisation payée")).andExpect(status().isNotFound());
        mvc.perform(post("/admin/leavers/{n}/keep", leaverA).with(csrf()).with(user(data.user(staffOfA)))
                .param("reason", " ")).andExpect(status().isUnprocessableContent());
        mvc.perform(post("/admin/leavers/{n}/keep", leaverA).with(csrf()).with(user(data.user(staffOfA)))
                .param("reason", "Cotisation payée en retard")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select kept_by from member_register_entry where member_number = ?", Long.class,
                leaverA)).isEqualTo(staffOfA);
        assertThat(jdbc.queryForObject("select kept_at is null from member_register_entry where member_number = ?",
                Boolean.class, leaverB)).isTrue();
    }

    /** How the person page names a neighbourhood among the moderation choices. */
    private String neighbourhoodChoice(long neighbourhood) {
        return jdbc.queryForObject("select n.name || ' (' || t.name || ')' from neighbourhood n "
                + "join territory t on t.id = n.territory_id where n.id = ?", String.class, neighbourhood);
    }

    private long challenge(long territory, long neighbourhood, String title) {
        long action = jdbc.queryForObject("""
                insert into challenge_action (title, description, theme, status)
                values ('Compost', 'Des composteurs', 'WASTE', 'PUBLISHED') returning id""", Long.class);
        return jdbc.queryForObject("""
                insert into challenge (action_id, title, target_name, target_kind, target_email, counter_commitment,
                                       territory_id, neighbourhood_id, goal, opens_on, deadline, state)
                values (?, ?, 'Ville', 'TOWN', 'mairie@test.voisinage.test', 'trier', ?, ?, 10,
                        current_date - 1, current_date + 30, 'OPEN') returning id""", Long.class, action, title,
                territory, neighbourhood);
    }

    private long request(long resident, long territory, String subject) {
        long id = jdbc.queryForObject("""
                insert into staff_request (resident_id, territory_id, category, subject, status, created_at)
                values (?, ?, 'REPAIR', ?, 'NEW', now()) returning id""", Long.class, resident, territory, subject);
        jdbc.update("insert into request_entry (request_id, author_id, body, staff_only, created_at) "
                + "values (?, ?, 'Il ne marche plus', false, now())", id, resident);
        return id;
    }

    private String name(long id) {
        return jdbc.queryForObject("select display_name from resident where id = ?", String.class, id);
    }

    private void check(Row row, char expected, UserDetails person, StringBuilder problems) throws Exception {
        MockHttpServletRequestBuilder request = row.method().equals("POST") ? post(row.url()).with(csrf()) : get(row.url());
        int status = mvc.perform(request.with(user(person))).andReturn().getResponse().getStatus();
        boolean ok = switch (expected) {
            case 'O' -> status == 200;
            case 'S' -> status >= 300 && status < 400;
            case 'N' -> status == 404;
            case '?' -> true;
            default -> false;
        };
        if (!ok) {
            problems.append(row.method()).append(' ').append(row.url()).append(" as ").append(person.getUsername())
                    .append(": declared ").append(expected).append(", got ").append(status).append('\n');
        }
    }
}
