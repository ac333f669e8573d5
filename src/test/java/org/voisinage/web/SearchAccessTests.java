package org.voisinage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.voisinage.support.TestData;
import org.voisinage.web.MatrixFixtures.Role;

/**
 * The search across everything finds, for each of the route matrix's eight people, exactly what they may read: the
 * public texts for anyone, neighbourhood A's members-only texts (a listing, a members-only event, a need, an
 * announcement) for its members, moderators and staff only, and hidden texts only for those who moderate A. The
 * texts carry a hostile payload: it comes back escaped, snippets included.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchAccessTests {

    private static final Pattern HIT = Pattern.compile("class=\"card search-hit\"");
    private static final Pattern KIND = Pattern.compile("id=\"kind-([a-z]+)\"");

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    MatrixFixtures f;

    @BeforeAll
    void oneOfEverything() throws Exception {
        f = new MatrixFixtures(data, jdbc).create(MatrixFixtures.Services.of(context));
    }

    @Test
    void everyoneFindsThePublicTextsOfA() throws Exception {
        for (Role role : Role.values()) {
            String page = search(f.PUBLIC, role);
            assertThat(kinds(page)).as(role + " finds the public initiative, event, challenge, organisation")
                    .contains("initiative", "event", "challenge", "organisation");
            assertThat(kinds(page)).as(role + " finds no listing or need: they are members-only")
                    .doesNotContain("listing", "need");
            assertEscaped(page);
        }
    }

    @Test
    void membersOnlyTextsAreFoundByTheirReadersOnly() throws Exception {
        Set<Role> readers = f.readers().get(f.MEMBERS);
        for (Role role : Role.values()) {
            String page = search(f.MEMBERS, role);
            if (readers.contains(role)) {
                assertThat(kinds(page)).as(role + " reads A's members-only content")
                        .contains("listing", "event", "need", "announcement");
            } else {
                assertThat(hits(page)).as(role + " reads none of A's members-only content").isZero();
            }
            assertEscaped(page);
        }
    }

    @Test
    void hiddenTextsAreFoundOnlyByThoseWhoModerateA() throws Exception {
        Set<Role> readers = f.readers().get(f.HIDDEN);
        for (Role role : Role.values()) {
            String page = search(f.HIDDEN, role);
            if (readers.contains(role)) {
                assertThat(kinds(page)).as(role + " moderates A").contains("listing", "initiative", "need", "event");
            } else {
                assertThat(hits(page)).as(role + " sees nothing hidden").isZero();
            }
        }
    }

    @Test
    void staffLimitedToAnotherTerritoryFindNothingOfA() throws Exception {
        long elsewhere = data.territory();
        long limited = data.resident("STAFF", "VERIFIED", null, null);
        jdbc.update("insert into staff_territory (resident_id, territory_id) values (?, ?)", limited, elsewhere);
        for (String tag : new String[] {f.MEMBERS, f.HIDDEN}) {
            String page = mvc.perform(get("/recherche").param("q", tag).with(user(data.user(limited))))
                    .andReturn().getResponse().getContentAsString();
            // staff of another territory: nothing of A, its announcements neither (AnnouncementAccess.staffOf)
            assertThat(kinds(page)).as(tag).doesNotContain("listing", "event", "need", "initiative", "challenge",
                    "announcement");
        }
    }

    @Test
    void aMembersOnlyTerritoryShowsVisitorsAndOtherTerritoriesNothing() throws Exception {
        jdbc.update("update territory set members_only = true where id = ?", f.id("territory"));
        context.getBean(org.springframework.cache.CacheManager.class).getCacheNames().forEach(name ->
                context.getBean(org.springframework.cache.CacheManager.class).getCache(name).clear());
        try {
            assertThat(hits(search(f.PUBLIC, Role.ANONYMOUS))).isZero();
            assertThat(hits(search(f.PUBLIC, Role.RESIDENT_B))).as("a resident of another territory").isZero();
            assertThat(kinds(search(f.PUBLIC, Role.RESIDENT_A))).contains("initiative", "event", "challenge");
            assertThat(kinds(search(f.PUBLIC, Role.STAFF))).contains("initiative", "event", "challenge");
        } finally {
            jdbc.update("update territory set members_only = false where id = ?", f.id("territory"));
            context.getBean(org.springframework.cache.CacheManager.class).getCacheNames().forEach(name ->
                    context.getBean(org.springframework.cache.CacheManager.class).getCache(name).clear());
        }
    }

    private String search(String q, Role role) throws Exception {
        MockHttpServletRequestBuilder request = get("/recherche").param("q", q);
        if (role != Role.ANONYMOUS) {
            request.with(user(f.people.get(role)));
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(role + " " + q).isEqualTo(200);
        return response.getContentAsString();
    }

    private static int hits(String page) {
        return (int) HIT.matcher(page).results().count();
    }

    private static Set<String> kinds(String page) {
        Set<String> kinds = new java.util.HashSet<>();
        Matcher m = KIND.matcher(page);
        while (m.find()) {
            kinds.add(m.group(1));
        }
        return kinds;
    }

    private static void assertEscaped(String page) {
        assertThat(page).doesNotContain(MatrixFixtures.SCRIPT).doesNotContain("<img src=x");
    }
}
