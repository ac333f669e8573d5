package org.voisinage.neighbourhood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.voisinage.neighbourhood.TestPerimeters.rectangle;
import static org.voisinage.neighbourhood.TestPerimeters.unique;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/** The staff pages for territories and neighbourhoods, through MockMvc on the real PostgreSQL. */
@SpringBootTest
@AutoConfigureMockMvc
class TerritoryAdminControllerTests {

    // somewhere in Lyon 7e, away from the Villeurbanne perimeters other tests look up by position
    static final String PERIMETER = rectangle(4.835, 4.845, 45.735, 45.745);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TerritoryAdministration administration;

    UserDetails staff;
    long territoryId;
    String territorySlug;
    long neighbourhoodId;
    String neighbourhoodSlug;

    @BeforeEach
    void territoryWithANeighbourhood() {
        staff = person("STAFF");
        territorySlug = unique("lyon");
        territoryId = administration.createTerritory(new TerritoryForm("Lyon", territorySlug, TerritoryKind.TOWN, null, null));
        neighbourhoodSlug = unique("gerland");
        neighbourhoodId = administration.createNeighbourhood(territoryId,
                new NeighbourhoodForm("Gerland", neighbourhoodSlug, "Au bord du Rhône", PERIMETER, null));
    }

    private UserDetails person(String role) {
        String email = unique(role.toLowerCase()) + "@test.voisinage.test";
        jdbc.update("insert into resident (email, display_name, password_hash, role, status, locale) values (?, ?, ?, ?, 'VERIFIED', 'fr')",
                email, "Test " + role, org.voisinage.support.TestData.PASSWORD_HASH, role);
        return users.loadUserByUsername(email);
    }

    private List<String> adminPages() {
        return List.of("/admin/territories", "/admin/territories/new", "/admin/territories/" + territoryId + "/edit",
                "/admin/territories/" + territoryId + "/neighbourhoods/new",
                "/admin/territories/" + territoryId + "/neighbourhoods/" + neighbourhoodId + "/edit");
    }

    // Access

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        for (String page : adminPages()) {
            mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        }
        mvc.perform(post("/admin/territories").with(csrf()).param("name", "X"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void residentsAreRefused() throws Exception {
        UserDetails resident = person("RESIDENT");
        for (String page : adminPages()) {
            mvc.perform(get(page).with(user(resident))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/admin/territories").with(user(resident)).with(csrf()).param("name", "X"))
                .andExpect(status().isForbidden());
    }

    @Test
    void staffSeeEveryPage() throws Exception {
        for (String page : adminPages()) {
            mvc.perform(get(page).with(user(staff))).andExpect(status().isOk());
        }
    }

    @Test
    void adminsAreStaffToo() throws Exception {
        mvc.perform(get("/admin/territories").with(user(person("ADMIN")))).andExpect(status().isOk());
    }

    @Test
    void unknownIdsAreNotFound() throws Exception {
        for (String page : List.of("/admin/territories/999999999/edit", "/admin/territories/999999999/neighbourhoods/new",
                "/admin/territories/" + territoryId + "/neighbourhoods/999999999/edit",
                "/admin/territories/999999999/neighbourhoods/" + neighbourhoodId + "/edit")) {
            mvc.perform(get(page).with(user(staff))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/admin/territories/999999999").with(user(staff)).with(csrf())
                .param("name", "Nowhere").param("kind", "TOWN").param("version", "0"))
                .andExpect(status().isNotFound());
    }

    @Test
    void listShowsTerritoriesAndTheirNeighbourhoods() throws Exception {
        mvc.perform(get("/admin/territories").with(user(staff)))
                .andExpect(content().string(allOf(containsString(territorySlug), containsString(neighbourhoodSlug),
                        containsString("/admin/territories/" + territoryId + "/neighbourhoods/" + neighbourhoodId + "/edit"))));
    }

    // Territories

    @Test
    void createsATerritoryWithASlugDerivedFromItsName() throws Exception {
        String name = "Saint-Étienne " + unique("Œuvre");
        mvc.perform(asStaff(post("/admin/territories")).param("name", name).param("slug", "")
                        .param("kind", "DISTRICT").param("description", "Ville du Forez"))
                .andExpect(redirectedUrl("/admin/territories"))
                .andExpect(flash().attribute("success", "territory.created"));
        assertThat(jdbc.queryForList("select slug from territory where name = ?", String.class, name))
                .singleElement().asString().startsWith("saint-etienne-oeuvre-");
    }

    @Test
    void territoryFormErrorsAreShownNextToTheFieldsWithWhatWasTyped() throws Exception {
        mvc.perform(asStaff(post("/admin/territories")).param("name", "  ").param("slug", "Pas Bon!")
                        .param("kind", "COOPERATIVE_SITE").param("description", "kept as typed"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"name-error\""), containsString("Ce champ est obligatoire."),
                        containsString("id=\"slug-error\""), containsString("value=\"Pas Bon!\""),
                        containsString("kept as typed</textarea>"),
                        containsString("<option value=\"COOPERATIVE_SITE\" selected=\"selected\">"))))
                // each field once (a fragment selector named like an element once included stray inputs)
                .andExpect(content().string(not(matchesPattern("(?s).*id=\"name\".*id=\"name\".*"))));
    }

    @Test
    void territorySlugsAreUnique() throws Exception {
        mvc.perform(asStaff(post("/admin/territories")).param("name", "Lyon bis").param("slug", territorySlug).param("kind", "TOWN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(html("L’identifiant « " + territorySlug + " » est déjà pris"))));
    }

    @Test
    void editsATerritory() throws Exception {
        String slug = unique("lyon-metropole");
        mvc.perform(asStaff(post("/admin/territories/" + territoryId)).param("name", "Lyon Métropole").param("slug", slug)
                        .param("kind", "DISTRICT").param("version", "0"))
                .andExpect(redirectedUrl("/admin/territories"))
                .andExpect(flash().attribute("success", "territory.saved"));
        assertThat(jdbc.queryForObject("select slug from territory where id = ?", String.class, territoryId)).isEqualTo(slug);
    }

    @Test
    void aStaleTerritoryEditIsRefusedInsteadOfOverwriting() throws Exception {
        administration.updateTerritory(territoryId, new TerritoryForm("Lyon (by someone else)", territorySlug, TerritoryKind.TOWN, null, 0L));
        mvc.perform(asStaff(post("/admin/territories/" + territoryId)).param("name", "Lyon (mine)").param("slug", territorySlug)
                        .param("kind", "TOWN").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(html("Quelqu’un d’autre a modifié cette fiche")),
                        containsString("value=\"Lyon (mine)\""))));
        assertThat(jdbc.queryForObject("select name from territory where id = ?", String.class, territoryId))
                .isEqualTo("Lyon (by someone else)");
    }

    @Test
    void aTamperedKindOrVersionIsAFieldErrorNotAServerError() throws Exception {
        mvc.perform(asStaff(post("/admin/territories")).param("name", "Lyon ter").param("kind", "CASTLE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"kind-error\"")));
        mvc.perform(asStaff(post("/admin/territories/" + territoryId)).param("name", "Lyon").param("kind", "TOWN")
                        .param("version", "yesterday"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"version-error\""), containsString(html("Quelqu’un d’autre a modifié cette fiche")))));
    }

    // Neighbourhoods

    @Test
    void createsANeighbourhoodFromAGeojsonIoExport() throws Exception {
        String slug = unique("confluence");
        String exported = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
                + "\"geometry\":{\"coordinates\":[[[4.81,45.735],[4.825,45.735],[4.825,45.745],[4.81,45.745]]],\"type\":\"Polygon\"}}]}";
        String location = mvc.perform(asStaff(post("/admin/territories/" + territoryId + "/neighbourhoods"))
                        .param("name", "Confluence").param("slug", slug).param("description", "").param("perimeter", exported))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "neighbourhood.created"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(jdbc.queryForObject("select perimeter_geojson from neighbourhood where slug = ?", String.class, slug))
                .startsWith("{\"type\":\"Polygon\",\"coordinates\":[[[4.81,45.735],");
        mvc.perform(get(location).with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<svg"), containsString("viewBox=\""),
                        containsString(" d=\"M"))));
    }

    @Test
    void aNeighbourhoodWithABadPerimeterIsShownAgainWithAPreciseMessage() throws Exception {
        String swapped = "{\"type\":\"Polygon\",\"coordinates\":[[[45.762,4.875],[45.762,4.890],[45.772,4.890],[45.762,4.875]]]}";
        mvc.perform(asStaff(post("/admin/territories/" + territoryId + "/neighbourhoods"))
                        .param("name", "Gratte-Ciel").param("slug", "").param("description", "Les tours").param("perimeter", swapped))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"perimeter-error\""),
                        containsString(html("Ces positions semblent être dans l’ordre latitude, longitude")),
                        containsString(HtmlUtils.htmlEscape(swapped)),
                        containsString("value=\"Gratte-Ciel\""),
                        containsString("Les tours</textarea>"))));
    }

    @Test
    void notJsonSaysWhere() throws Exception {
        mvc.perform(asStaff(post("/admin/territories/" + territoryId + "/neighbourhoods").header("Accept-Language", "en"))
                        .param("name", "Part-Dieu").param("perimeter", "{\"type\": \"Polygon\", \"coordinates\": [[4.8, 45.7}"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This is not valid JSON (error at line 1, column 47)")));
    }

    @Test
    void neighbourhoodSlugsAreUniqueAcrossTerritories() throws Exception {
        long other = administration.createTerritory(new TerritoryForm("Vaulx-en-Velin", unique("vaulx"), TerritoryKind.TOWN, null, null));
        mvc.perform(asStaff(post("/admin/territories/" + other + "/neighbourhoods"))
                        .param("name", "Gerland").param("slug", neighbourhoodSlug).param("perimeter", PERIMETER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(html("L’identifiant « " + neighbourhoodSlug + " » est déjà pris"))));
    }

    @Test
    void editsANeighbourhood() throws Exception {
        mvc.perform(asStaff(post("/admin/territories/" + territoryId + "/neighbourhoods/" + neighbourhoodId))
                        .param("name", "Gerland Sud").param("slug", neighbourhoodSlug).param("description", "Stade et halle")
                        .param("perimeter", rectangle(4.835, 4.845, 45.730, 45.740)).param("version", "0"))
                .andExpect(redirectedUrl("/admin/territories/" + territoryId + "/neighbourhoods/" + neighbourhoodId + "/edit"))
                .andExpect(flash().attribute("success", "neighbourhood.saved"));
        assertThat(jdbc.queryForObject("select perimeter::text from neighbourhood where id = ?", String.class, neighbourhoodId))
                .contains("(4.835,45.73)");
    }

    @Test
    void aStaleNeighbourhoodEditIsRefusedInsteadOfOverwriting() throws Exception {
        administration.updateNeighbourhood(territoryId, neighbourhoodId,
                new NeighbourhoodForm("Gerland (theirs)", neighbourhoodSlug, null, PERIMETER, 0L));
        mvc.perform(asStaff(post("/admin/territories/" + territoryId + "/neighbourhoods/" + neighbourhoodId))
                        .param("name", "Gerland (mine)").param("slug", neighbourhoodSlug).param("perimeter", PERIMETER)
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(html("Quelqu’un d’autre a modifié cette fiche")),
                        containsString("value=\"Gerland (mine)\""))));
        assertThat(jdbc.queryForObject("select name from neighbourhood where id = ?", String.class, neighbourhoodId))
                .isEqualTo("Gerland (theirs)");
    }

    // Public pages

    @Test
    void anyoneSeesTheNeighbourhoodsOfEveryTerritory() throws Exception {
        mvc.perform(get("/quartiers"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Lyon"), containsString("Au bord du Rhône"),
                        containsString("/quartiers/" + neighbourhoodSlug))));
    }

    @Test
    void aNeighbourhoodPageDrawsItsPerimeter() throws Exception {
        mvc.perform(get("/quartiers/" + neighbourhoodSlug))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<svg"), containsString(" d=\"M"),
                        not(containsString("style=")))));
    }

    private MockHttpServletRequestBuilder asStaff(MockHttpServletRequestBuilder request) {
        return request.with(user(staff)).with(csrf());
    }

    /** Thymeleaf escapes text; apostrophes and guillemets are kept as they are. */
    private static String html(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
