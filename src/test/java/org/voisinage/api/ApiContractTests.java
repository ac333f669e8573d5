package org.voisinage.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.voisinage.support.TestData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read API's contract, route by route: fields and their names, ISO 8601 times with the site's offset, cursor
 * pagination, ETag and 304, problem details for errors, tokens and CORS. Who sees what is the route matrix's
 * ({@code web.RouteAccessMatrixTests}).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class ApiContractTests {

    /** Every list route; those marked need a resident's personal token. */
    static final List<String> PUBLIC_LISTS = List.of("territories", "neighbourhoods", "challenges", "actions",
            "initiatives", "events", "announcements", "organisations", "deals");
    static final List<String> RESIDENT_LISTS = List.of("listings", "needs", "alerts");

    static final String OFFSET_TIME = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?[+-]\\d\\d:\\d\\d";

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApiTokens tokens;
    @Autowired JsonMapper json;

    long territory;
    long neighbourhood;
    long resident;
    List<Long> challenges = new ArrayList<>();

    @BeforeEach
    void place() {
        territory = data.territory();
        neighbourhood = data.neighbourhoodSomewhereIn(territory, 150, 160, 70, 80);
        resident = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        long action = jdbc.queryForObject("""
                insert into challenge_action (title, description, theme, status)
                values ('Composter', 'Un composteur par immeuble', 'WASTE', 'PUBLISHED') returning id""", Long.class);
        for (int i = 0; i < 3; i++) {
            challenges.add(jdbc.queryForObject("""
                    insert into challenge (action_id, title, target_name, target_kind, target_email, counter_commitment,
                                           territory_id, neighbourhood_id, goal, opens_on, deadline, state, online_pledges)
                    values (?, ?, 'Ville', 'TOWN', 'mairie@test.voisinage.test', 'composteurs', ?, ?, 10,
                            current_date - 1, current_date + 30, 'OPEN', 4) returning id""", Long.class,
                    action, "Défi " + i, territory, neighbourhood));
        }
    }

    @Test
    void aChallengeHasItsStableFieldsItsProgressAndTimesWithTheSiteOffset() throws Exception {
        long id = challenges.get(0);
        mvc.perform(get("/api/v1/challenges/" + id))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Matchers.startsWith("application/json")))
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.title").value("Défi 0"))
                .andExpect(jsonPath("$.territoryId").value(territory))
                .andExpect(jsonPath("$.neighbourhoodId").value(neighbourhood))
                .andExpect(jsonPath("$.state").value("OPEN"))
                .andExpect(jsonPath("$.theme").value("WASTE"))
                .andExpect(jsonPath("$.goal").value(10))
                .andExpect(jsonPath("$.pledges").value(4))
                .andExpect(jsonPath("$.progressPercent").value(40))
                .andExpect(jsonPath("$.deadline").value(Matchers.matchesPattern("\\d{4}-\\d\\d-\\d\\d")))
                .andExpect(jsonPath("$.createdAt").value(Matchers.matchesPattern(OFFSET_TIME)))
                .andExpect(jsonPath("$.path").value("/defis/" + id))
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void listsComeInPagesFollowedByAnOpaqueNextLinkUntilTheLast() throws Exception {
        List<Long> seen = new ArrayList<>();
        String url = "/api/v1/challenges?neighbourhood=" + neighbourhood + "&limit=2";
        int pages = 0;
        while (url != null) {
            MvcResult result = mvc.perform(get(url)).andExpect(status().isOk()).andReturn();
            JsonNode page = json.readTree(result.getResponse().getContentAsString());
            page.path("items").forEach(item -> seen.add(item.path("id").asLong()));
            url = page.path("next").isNull() ? null : page.path("next").asString();
            if (url != null) {
                assertThat(result.getResponse().getHeader("Link")).contains("rel=\"next\"");
                assertThat(url).contains("cursor=").contains("limit=2").doesNotContain("cursor=" + seen.get(1));
                url = url.substring(url.indexOf("/api/"));
            }
            pages++;
        }
        assertThat(seen).containsExactlyElementsOf(challenges);
        assertThat(pages).isEqualTo(2);
    }

    @Test
    void everyListAndItemRouteAnswersJsonOrAProblem() throws Exception {
        String token = tokens.makePersonal(resident, "contract").token();
        for (String list : PUBLIC_LISTS) {
            mvc.perform(get("/api/v1/" + list)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.items").isArray())
                    .andExpect(header().exists("ETag"));
            notFound("/api/v1/" + list + "/999999999", null);
        }
        for (String list : RESIDENT_LISTS) {
            mvc.perform(get("/api/v1/" + list)).andExpect(status().isUnauthorized())
                    .andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")))
                    .andExpect(header().exists("WWW-Authenticate"))
                    .andExpect(jsonPath("$.status").value(401))
                    .andExpect(jsonPath("$.code").value("api.tokenNeeded"));
            mvc.perform(get("/api/v1/" + list).header("Authorization", "Bearer " + token))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.items").isArray());
            notFound("/api/v1/" + list + "/999999999", token);
        }
        mvc.perform(get("/api/v1/territories/" + territory)).andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("TOWN")).andExpect(jsonPath("$.membersOnly").value(false));
        mvc.perform(get("/api/v1/neighbourhoods/" + neighbourhood)).andExpect(status().isOk())
                .andExpect(jsonPath("$.territoryId").value(territory));
        mvc.perform(get("/api/v1/neighbourhoods?territory=" + territory)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value(neighbourhood));
    }

    private void notFound(String url, String token) throws Exception {
        var request = get(url).header("Accept-Language", "en");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        mvc.perform(request).andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value("No such thing, or nothing you may read."));
    }

    @Test
    void aTerritorysTrendsComeAsFlatFiguresHiddenUnderFiveAsOnThePage() throws Exception {
        // 4 online pledges on each of 3 challenges opened this month: every count is under 5 or adds one up
        String body = mvc.perform(get("/api/v1/territories/" + territory + "/trends?months=3"))
                .andExpect(status().isOk()).andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.territoryId").value(territory))
                .andExpect(jsonPath("$.neighbourhoodId").doesNotExist())
                .andExpect(jsonPath("$.months.length()").value(3))
                .andExpect(jsonPath("$.months[2]").value(Matchers.matchesPattern("\\d{4}-\\d\\d")))
                .andReturn().getResponse().getContentAsString();
        JsonNode figures = json.readTree(body).get("figures");
        assertThat(figures.size()).isPositive();
        for (JsonNode figure : figures) {
            assertThat(figure.get("display").asString()).isIn("shown", "small", "masked");
            assertThat(figure.get("value").isNull()).isEqualTo(!figure.get("display").asString().equals("shown"));
            assertThat(figure.get("table").asString()).isNotBlank();
        }
        mvc.perform(get("/api/v1/territories/" + territory + "/trends?neighbourhood=" + neighbourhood))
                .andExpect(status().isOk()).andExpect(jsonPath("$.neighbourhoodId").value(neighbourhood))
                .andExpect(jsonPath("$.months.length()").value(12));
        mvc.perform(get("/api/v1/territories/" + territory + "/trends?months=7").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")));
        notFound("/api/v1/territories/999999999/trends", null);
    }

    @Test
    void anEtagSentBackGets304WithoutTheBody() throws Exception {
        String url = "/api/v1/challenges/" + challenges.get(1);
        MvcResult first = mvc.perform(get(url)).andExpect(status().isOk()).andReturn();
        String etag = first.getResponse().getHeader("ETag");
        assertThat(etag).startsWith("\"");
        assertThat(first.getResponse().getHeader("Cache-Control")).contains("no-cache");
        MvcResult again = mvc.perform(get(url).header("If-None-Match", etag)).andExpect(status().isNotModified())
                .andReturn();
        assertThat(again.getResponse().getContentAsByteArray()).isEmpty();
        jdbc.update("update challenge set online_pledges = 5 where id = ?", challenges.get(1));
        mvc.perform(get(url).header("If-None-Match", etag)).andExpect(status().isOk())
                .andExpect(jsonPath("$.pledges").value(5));
    }

    @Test
    void badCursorsLimitsAndParametersAre400ProblemsInTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/challenges?cursor=not-ours").header("Accept-Language", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")))
                .andExpect(jsonPath("$.code").value("api.cursor.invalid"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("curseur")));
        mvc.perform(get("/api/v1/challenges?limit=101").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The page size (limit) goes from 1 to 100."));
        mvc.perform(get("/api/v1/challenges?limit=0")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/challenges/abc")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("api.badParameter"));
    }

    @Test
    void aWrongTokenIs401AndAnApplicationTokenReadsOnlyItsTerritoriesPublicContent() throws Exception {
        mvc.perform(get("/api/v1/challenges").header("Authorization", "Bearer vsn_nothing"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", Matchers.containsString("invalid_token")))
                .andExpect(jsonPath("$.code").value("api.tokenInvalid"));
        mvc.perform(get("/api/v1/challenges").header("Authorization", "Basic abc"))
                .andExpect(status().isUnauthorized());
        long staff = data.resident("STAFF", "VERIFIED", null, null);
        String mine = application(staff, Set.of(territory), "");
        String other = application(staff, Set.of(data.territory()), "");
        mvc.perform(get("/api/v1/challenges/" + challenges.get(0)).header("Authorization", "Bearer " + mine))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/challenges/" + challenges.get(0)).header("Authorization", "Bearer " + other))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/challenges?territory=" + territory).header("Authorization", "Bearer " + other))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(get("/api/v1/listings").header("Authorization", "Bearer " + mine))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("api.residentTokenNeeded"));
    }

    @Test
    void corsIsClosedButForTheOriginsOfAnApplicationToken() throws Exception {
        long staff = data.resident("STAFF", "VERIFIED", null, null);
        String origin = "https://" + TestData.unique("ville") + ".example";
        String token = application(staff, Set.of(territory), origin + "\n");
        mvc.perform(options("/api/v1/challenges").header("Origin", origin)
                        .header("Access-Control-Request-Method", "GET")
                        .header("Access-Control-Request-Headers", "authorization"))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", origin));
        mvc.perform(options("/api/v1/challenges").header("Origin", "https://elsewhere.example")
                        .header("Access-Control-Request-Method", "GET"))
                .andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
        mvc.perform(get("/api/v1/challenges").header("Origin", origin).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", origin));
        // without its token, even from that origin: closed
        mvc.perform(get("/api/v1/challenges").header("Origin", origin))
                .andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
    }

    @Test
    void theOpenApiDocumentAndItsPageDescribeEveryRoute() throws Exception {
        String document = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        String page = mvc.perform(get("/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        for (String list : concat()) {
            assertThat(document).contains("\"/api/v1/" + list + "\"", "\"/api/v1/" + list + "/{id}\"");
            assertThat(page).contains("GET /api/v1/" + list);
        }
        assertThat(document).contains("ChallengeResource", "progressPercent").doesNotContain("/admin/");
        assertThat(page).contains("progressPercent").doesNotContain("<script src=\"http");
    }

    private static List<String> concat() {
        List<String> all = new ArrayList<>(PUBLIC_LISTS);
        all.addAll(RESIDENT_LISTS);
        return all;
    }

    private String application(long staff, Set<Long> territories, String origins) {
        return tokens.makeApplication(data.user(staff) instanceof org.voisinage.account.CurrentUser user
                ? viewer(user) : null, new ApiTokenForms.Application("Partner", territories, origins)).token();
    }

    @Autowired org.voisinage.account.Residents residents;

    private org.voisinage.account.Viewer viewer(org.voisinage.account.CurrentUser user) {
        return residents.viewer(user);
    }
}
