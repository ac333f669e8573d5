package org.voisinage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.agenda.EventForm;
import org.voisinage.agenda.Events;
import org.voisinage.agenda.Visibility;
import org.voisinage.initiative.InitiativeForm;
import org.voisinage.initiative.InitiativeTheme;
import org.voisinage.initiative.Initiatives;
import org.voisinage.support.TestData;

/**
 * A members-only territory: anonymous visitors see nothing of its public challenges, initiatives and events (404
 * or sent to sign in), while its members and any signed-in resident still do. Rows of the route matrix for an
 * anonymous visitor and a resident, against a members-only territory's objects.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class MembersOnlyTerritoryTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired Events events;
    @Autowired Initiatives initiatives;
    @Autowired org.springframework.cache.CacheManager cacheManager;
    @Autowired org.voisinage.organisation.Organisations organisations;
    @Autowired org.voisinage.agenda.CalendarFeeds feeds;

    /** A request and what an anonymous visitor gets before and after the territory is made members only. */
    record Row(String url, boolean openBefore) {}

    @Test
    void anAnonymousVisitorSeesNothingOfAMembersOnlyTerritory() throws Exception {
        double lon = ThreadLocalRandom.current().nextDouble(140, 170);
        double lat = ThreadLocalRandom.current().nextDouble(-60, -50);
        String run = Long.toString(System.nanoTime(), 36);
        long territory = data.territory();
        long neighbourhood = data.neighbourhood(territory, lon, lat, lon + 0.001, lat + 0.001);
        long member = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        LocalDate day = LocalDate.now().plusDays(12);
        long event = events.create(new EventForm("Apéro des membres", "Ouvert", day, LocalTime.of(18, 0), day,
                LocalTime.of(20, 0), "Place", null, 20, Visibility.PUBLIC, null, null, null), member);
        long initiative = initiatives.propose(member, new InitiativeForm("Jardin partagé " + run,
                "Un jardin au pied des immeubles", InitiativeTheme.ECOLOGY, null, null, null, null, "Cour"));
        long action = jdbc.queryForObject("""
                insert into challenge_action (title, description, theme, status)
                values ('Compost', 'Des composteurs', 'WASTE', 'PUBLISHED') returning id""", Long.class);
        long challenge = jdbc.queryForObject("""
                insert into challenge (action_id, title, target_name, target_kind, target_email, counter_commitment,
                                       territory_id, neighbourhood_id, goal, opens_on, deadline, state)
                values (?, ?, 'Ville', 'TOWN', 'mairie@test.voisinage.test', 'trier', ?, ?, 10,
                        current_date - 1, current_date + 30, 'OPEN') returning id""", Long.class, action,
                "Des composteurs " + run, territory, neighbourhood);
        organisations.register(territory, null, org.voisinage.organisation.OrganisationKind.SHOP, "Epicerie " + run,
                "epicerie-" + run, "Vrac");
        String territorySlug = jdbc.queryForObject("select slug from territory where id = ?", String.class, territory);
        String neighbourhoodSlug = jdbc.queryForObject("select slug from neighbourhood where id = ?", String.class,
                neighbourhood);
        // a verified resident of another, open territory: signed in, but no member of this one
        long elsewhere = data.resident("RESIDENT", "VERIFIED", data.neighbourhood(data.territory(), lon + 0.02, lat,
                lon + 0.021, lat + 0.001), null);
        List<String> urls = List.of("/agenda/evenements/" + event, "/agenda/evenements/" + event + ".ics",
                "/initiatives/" + initiative, "/defis/" + challenge, "/organisations/epicerie-" + run,
                "/territoires/" + territorySlug + "/tendances", "/agenda?quartier=" + neighbourhoodSlug,
                "/agenda/a-venir?quartier=" + neighbourhoodSlug);
        // the lists of everything, where its content would show up among every territory's
        List<String> lists = List.of("/defis", "/initiatives?q=" + run, "/organisations?q=" + run);
        List<String> contents = List.of("Des composteurs " + run, "Jardin partagé " + run, "Epicerie " + run);

        for (String url : urls) {
            assertThat(status(url, null)).as("open territory, anonymous: " + url).isEqualTo(200);
        }
        for (String list : lists.subList(1, 3)) { // (the challenges' list: a page among every test's)
            assertThat(body(list, null)).as("open territory, anonymous: " + list)
                    .contains(contents.get(lists.indexOf(list)));
        }
        jdbc.update("update territory set members_only = true where id = ?", territory);
        // staff do it in the territory form, which empties the reference-data cache; here, straight in the table
        cacheManager.getCache("neighbourhoods").clear();
        for (String url : urls) {
            int anonymous = status(url, null);
            assertThat(anonymous == 404 || (anonymous >= 300 && anonymous < 400))
                    .as("members-only territory, anonymous: " + url + " answered " + anonymous).isTrue();
            assertThat(status(url, data.user(elsewhere))).as("members-only territory, resident of another: " + url)
                    .isEqualTo(404);
            assertThat(status(url, data.user(member))).as("members-only territory, member: " + url).isEqualTo(200);
        }
        // the neighbourhood's calendar feed is read with a personal token: a member's, not the resident of elsewhere's
        String feed = "/agenda/quartiers/" + neighbourhoodSlug + ".ics?jeton=";
        assertThat(status(feed, null)).isEqualTo(404);
        assertThat(status(feed + feeds.tokenOf(elsewhere), null)).isEqualTo(404);
        assertThat(status(feed + feeds.tokenOf(member), null)).isEqualTo(200);
        for (String list : lists) {
            for (UserDetails outsider : java.util.Arrays.asList(null, data.user(elsewhere))) {
                String page = body(list, outsider);
                contents.forEach(text -> assertThat(page).as(list + " as " + outsider).doesNotContain(text));
            }
        }
        assertThat(body("/organisations?q=" + run, data.user(member))).contains("Epicerie " + run);
        // its name and its sign-up stay
        assertThat(body("/quartiers", null)).contains(jdbc.queryForObject(
                "select name from neighbourhood where id = ?", String.class, neighbourhood));
        assertThat(status("/signup", null)).isEqualTo(200);
    }

    private String body(String url, UserDetails person) throws Exception {
        var request = get(url);
        if (person != null) {
            request.with(user(person));
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    private int status(String url, UserDetails person) throws Exception {
        var request = get(url);
        if (person != null) {
            request.with(user(person));
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }
}
