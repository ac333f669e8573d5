package org.voisinage.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.voisinage.support.StatementCounter;
import org.voisinage.support.TestData;

/**
 * The directory: staff register and link members (audited, optimistic locking), members edit their page and deals,
 * residents recommend once, the good deals of a neighbourhood in one statement, and no bad input gives a 5xx.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({TestData.class, StatementCounter.Installation.class})
class OrganisationWebTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired Organisations organisations;

    long territory;
    long neighbourhood;
    long staff;
    long member;
    long neighbour;
    long slugCounter;

    @BeforeEach
    void place() {
        territory = data.territory();
        neighbourhood = data.neighbourhoodSomewhereIn(territory, -150, -130, -50, -40);
        staff = data.resident("STAFF", "VERIFIED", null, null);
        member = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        neighbour = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
    }

    // Staff pages

    @Test
    void staffRegisterAnOrganisationEditItAndLinkAVerifiedMemberEachActionAudited() throws Exception {
        String name = TestData.unique("Boulangerie");
        mvc.perform(asStaff(post("/admin/organisations")).param("kind", "SHOP").param("name", name)
                        .param("scope", "n-" + neighbourhood).param("openingHours", "Mardi – samedi : 7 h – 19 h")
                        .param("phone", "04 78 12 34 56").param("website", "https://pain.example.fr")
                        .param("description", "Du **bon** pain"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.queryForObject("select id from organisation where name = ?", Long.class, name);
        String slug = jdbc.queryForObject("select slug from organisation where id = ?", String.class, id);
        assertThat(slug).startsWith("boulangerie-");

        mvc.perform(asStaff(post("/admin/organisations/" + id + "/members")).param("memberEmail", data.emailOf(member)))
                .andExpect(redirectedUrl("/admin/organisations/" + id));
        assertThat(organisations.isMember(id, member)).isTrue();
        long pending = data.resident("RESIDENT", "PENDING", neighbourhood, null);
        mvc.perform(asStaff(post("/admin/organisations/" + id + "/members")).param("memberEmail", data.emailOf(pending)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("pas encore vérifié")));
        mvc.perform(asStaff(post("/admin/organisations/" + id + "/members")).param("memberEmail", "nobody@nowhere.test"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Aucun compte")));
        mvc.perform(asStaff(get("/admin/organisations/" + id)).param("who", data.emailOf(neighbour)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(data.emailOf(neighbour))));

        long version = jdbc.queryForObject("select version from organisation where id = ?", Long.class, id);
        mvc.perform(asStaff(post("/admin/organisations/" + id)).param("version", String.valueOf(version))
                        .param("kind", "SHOP").param("name", name).param("slug", slug).param("scope", "t-" + territory))
                .andExpect(redirectedUrl("/admin/organisations/" + id));
        assertThat(jdbc.queryForObject("select neighbourhood_id from organisation where id = ?", Long.class, id)).isNull();
        // a second edit from the same, now stale, form
        mvc.perform(asStaff(post("/admin/organisations/" + id)).param("version", String.valueOf(version))
                        .param("kind", "SHOP").param("name", "Other name").param("slug", slug).param("scope", "t-" + territory))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Quelqu’un a modifié")));

        mvc.perform(asStaff(post("/admin/organisations/" + id + "/members/" + member + "/remove")))
                .andExpect(redirectedUrl("/admin/organisations/" + id));
        assertThat(organisations.isMember(id, member)).isFalse();
        assertThat(jdbc.queryForList("select action from audit_trail where subject = ? order by id", String.class,
                "organisation:" + id))
                .containsExactly("organisation.register", "organisation.member.add", "organisation.update",
                        "organisation.member.remove");
    }

    @Test
    void badStaffInputGetsTranslatedMessagesAndA400NeverA500() throws Exception {
        mvc.perform(asStaff(post("/admin/organisations")).param("kind", "NOT_A_KIND").param("name", "x")
                        .param("scope", "n-" + neighbourhood))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("pas au bon format")));
        mvc.perform(asStaff(post("/admin/organisations")).param("kind", "SHOP").param("name", "")
                        .param("slug", "Pas Un Slug!").param("scope", "n-999999999").param("phone", "call me")
                        .param("email", "not-an-email").param("website", "javascript:alert(1)"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Ce champ est obligatoire")))
                .andExpect(content().string(containsString("numéro de téléphone n’est pas valide")))
                .andExpect(content().string(containsString("adresse web n’est pas valide")))
                .andExpect(content().string(containsString("minuscules")));
        mvc.perform(asStaff(post("/admin/organisations")).param("kind", "SHOP").param("name", "Ailleurs")
                        .param("scope", "n-999999999"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choisissez un quartier ou un territoire")));
        long id = organisation(neighbourhood);
        String slug = slugOf(id);
        mvc.perform(asStaff(post("/admin/organisations")).param("kind", "SHOP").param("name", "Doublon")
                        .param("slug", slug).param("scope", "n-" + neighbourhood))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("déjà prise")));
        mvc.perform(asStaff(get("/admin/organisations/999999999"))).andExpect(status().isNotFound());
        mvc.perform(get("/organisations/no-such-organisation")).andExpect(status().isNotFound());
        mvc.perform(get("/organisations").param("type", "XYZ").param("quartier", "nowhere").param("page", "x"))
                .andExpect(status().isOk());
    }

    // Public pages and members' edits

    @Test
    void anyoneSeesTheDirectoryAndThePageWithItsHoursContactAndDeals() throws Exception {
        long id = organisation(neighbourhood);
        String slug = slugOf(id);
        jdbc.update("update organisation set opening_hours = 'Lundi : fermé', phone = '04 00 00 00 00' where id = ?", id);
        deal(id, "Pain à moitié prix", LocalDate.now().minusDays(1), LocalDate.now().plusDays(3));
        String name = jdbc.queryForObject("select name from organisation where id = ?", String.class, id);
        mvc.perform(get("/organisations").param("quartier", data.slugOf(neighbourhood)).param("type", "SHOP")
                        .param("q", name.substring(0, 12).toUpperCase()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));
        mvc.perform(get("/organisations/" + slug))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<dt>Lundi</dt>")))
                .andExpect(content().string(containsString("<dd>fermé</dd>")))
                .andExpect(content().string(containsString("tel:0400000000")))
                .andExpect(content().string(containsString("Pain à moitié prix")))
                .andExpect(content().string(not(containsString("/modifier"))));
        mvc.perform(get("/bons-plans").param("quartier", data.slugOf(neighbourhood)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pain à moitié prix")));
    }

    @Test
    void onlyItsVerifiedMembersEditAPage() throws Exception {
        long id = organisation(neighbourhood);
        String slug = slugOf(id);
        organisations.addMember(id, member);
        mvc.perform(get("/organisations/" + slug + "/modifier")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/organisations/" + slug + "/modifier").with(user(data.user(neighbour))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/organisations/" + slug + "/modifier").with(user(data.user(neighbour))).with(csrf())
                        .param("version", "0").param("description", "pirate"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/organisations/" + slug + "/offres").with(user(data.user(neighbour))).with(csrf())
                        .param("title", "x").param("startsOn", "2030-01-01").param("endsOn", "2030-01-02"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/organisations/" + slug).with(user(data.user(member))))
                .andExpect(content().string(containsString("/organisations/" + slug + "/modifier")));
        mvc.perform(get("/organisations/" + slug + "/modifier").with(user(data.user(member)))).andExpect(status().isOk());

        long version = jdbc.queryForObject("select version from organisation where id = ?", Long.class, id);
        mvc.perform(post("/organisations/" + slug + "/modifier").with(user(data.user(member))).with(csrf())
                        .param("version", String.valueOf(version)).param("openingHours", "Dimanche : 8 h – 13 h")
                        .param("email", "contact@pain.example.fr").param("phone", "").param("website", ""))
                .andExpect(redirectedUrl("/organisations/" + slug));
        mvc.perform(get("/organisations/" + slug)).andExpect(content().string(containsString("<dd>8 h – 13 h</dd>")));
        mvc.perform(post("/organisations/" + slug + "/modifier").with(user(data.user(member))).with(csrf())
                        .param("version", String.valueOf(version)).param("openingHours", "stale"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Quelqu’un a modifié")));
        mvc.perform(post("/organisations/" + slug + "/modifier").with(user(data.user(member))).with(csrf())
                        .param("version", "x").param("website", "www.sans-schema.fr"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aDealEndingBeforeItStartsIsRefusedWithAMessage() throws Exception {
        long id = organisation(neighbourhood);
        String slug = slugOf(id);
        organisations.addMember(id, member);
        LocalDate today = LocalDate.now();
        mvc.perform(post("/organisations/" + slug + "/offres").with(user(data.user(member))).with(csrf())
                        .param("title", "Croissants offerts").param("startsOn", today.plusDays(5).toString())
                        .param("endsOn", today.plusDays(2).toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("La date de fin doit être le jour du début ou après")));
        mvc.perform(post("/organisations/" + slug + "/offres").with(user(data.user(member))).with(csrf())
                        .param("title", "Croissants offerts").param("startsOn", today.minusDays(9).toString())
                        .param("endsOn", today.minusDays(2).toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("déjà terminée")));
        mvc.perform(post("/organisations/" + slug + "/offres").with(user(data.user(member))).with(csrf())
                        .param("title", "").param("startsOn", "pas une date").param("endsOn", ""))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/organisations/" + slug + "/offres").with(user(data.user(member))).with(csrf())
                        .param("title", "Croissants offerts").param("startsOn", today.toString())
                        .param("endsOn", today.toString()))
                .andExpect(redirectedUrl("/organisations/" + slug + "/modifier"));
        assertThat(organisations.currentDeals(List.of(neighbourhood))).extracting(OrganisationDeal::title)
                .containsExactly("Croissants offerts");
        long dealId = organisations.currentDeals(List.of(neighbourhood)).get(0).id();
        mvc.perform(post("/organisations/" + slug + "/offres/" + dealId + "/supprimer").with(user(data.user(neighbour)))
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/organisations/" + slug + "/offres/" + dealId + "/supprimer").with(user(data.user(member)))
                .with(csrf())).andExpect(redirectedUrl("/organisations/" + slug + "/modifier"));
        assertThat(organisations.currentDeals(List.of(neighbourhood))).isEmpty();
    }

    // Recommendations

    @Test
    void aVerifiedResidentRecommendsAnOrganisationOnceAndThePageCountsNeighbours() throws Exception {
        long id = organisation(neighbourhood);
        String slug = slugOf(id);
        mvc.perform(post("/organisations/" + slug + "/recommander").with(user(data.user(neighbour))).with(csrf())
                        .param("text", "Le meilleur pain du quartier"))
                .andExpect(redirectedUrl("/organisations/" + slug));
        mvc.perform(post("/organisations/" + slug + "/recommander").with(user(data.user(member))).with(csrf())
                        .param("text", "Accueil adorable"))
                .andExpect(redirectedUrl("/organisations/" + slug));
        long insider = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        organisations.addMember(id, insider);
        mvc.perform(post("/organisations/" + slug + "/recommander").with(user(data.user(insider))).with(csrf())
                        .param("text", "Notre boutique est la meilleure"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("seuls les autres voisins")));
        mvc.perform(post("/organisations/" + slug + "/recommander").with(user(data.user(neighbour))).with(csrf())
                        .param("text", "Encore !"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("déjà recommandé")));
        mvc.perform(post("/organisations/" + slug + "/recommander").with(user(data.user(member))).with(csrf())
                        .param("text", ""))
                .andExpect(status().isBadRequest());
        long pending = data.resident("RESIDENT", "PENDING", neighbourhood, null);
        mvc.perform(post("/organisations/" + slug + "/recommander").with(user(data.user(pending))).with(csrf())
                        .param("text", "Pas encore vérifié"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/organisations/" + slug))
                .andExpect(content().string(containsString("Recommandé par 2 voisins")))
                .andExpect(content().string(not(containsString("Le meilleur pain du quartier"))));
        mvc.perform(get("/organisations/" + slug).with(user(data.user(member))))
                .andExpect(content().string(containsString("Le meilleur pain du quartier")));
        assertThat(jdbc.queryForObject("select count(*) from recommendation where organisation_id = ?", Long.class, id))
                .isEqualTo(2);
    }

    @Test
    void aResidentRecommendsALocalProfessionalOnceAndNeighboursAddTheirs() throws Exception {
        String name = TestData.unique("Jean Plombier");
        String location = mvc.perform(post("/professionnels").with(user(data.user(neighbour))).with(csrf())
                        .param("name", name).param("trade", "Plombier").param("contact", "06 00 00 00 00")
                        .param("text", "Venu un dimanche pour une fuite"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post("/professionnels").with(user(data.user(neighbour))).with(csrf())
                        .param("name", name.toUpperCase()).param("trade", "plombier").param("text", "Encore"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("déjà recommandé")));
        mvc.perform(post(location + "/recommander").with(user(data.user(member))).with(csrf()).param("text", "Ponctuel"))
                .andExpect(redirectedUrl(location));
        mvc.perform(get(location).with(user(data.user(member))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Recommandé par 2 voisins")));
        mvc.perform(get("/professionnels").with(user(data.user(member))))
                .andExpect(content().string(containsString(name)));
        mvc.perform(get(location)).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/professionnels").with(user(data.user(member))).with(csrf()).param("name", "")
                .param("trade", "x".repeat(300)).param("text", "")).andExpect(status().isBadRequest());
    }

    // The good deals of neighbourhoods

    @Test
    void currentDealsAreTheRunningOnesOfTheNeighbourhoodAndItsTerritoryInOneStatement() throws Exception {
        long local = organisation(neighbourhood);
        long territoryWide = jdbc.queryForObject("""
                insert into organisation (territory_id, kind, name, slug) values (?, 'PUBLIC_SERVICE', 'Mairie', ?)
                returning id""", Long.class, territory, TestData.unique("mairie"));
        long hidden = organisation(neighbourhood);
        jdbc.update("update organisation set hidden_at = now(), hidden_reason = 'spam' where id = ?", hidden);
        long elsewhere = organisation(data.neighbourhood(data.territory(), 100, 10, 100.01, 10.01));
        LocalDate today = LocalDate.now();
        deal(local, "Ends tomorrow", today.minusDays(3), today.plusDays(1));
        deal(territoryWide, "Ends next week", today, today.plusDays(7));
        deal(local, "Not started", today.plusDays(2), today.plusDays(9));
        deal(local, "Over", today.minusDays(9), today.minusDays(2));
        deal(hidden, "Hidden", today, today.plusDays(3));
        deal(elsewhere, "Elsewhere", today, today.plusDays(3));

        StatementCounter.reset();
        List<OrganisationDeal> deals = organisations.currentDeals(List.of(neighbourhood));
        long statements = StatementCounter.count();

        assertThat(deals).extracting(OrganisationDeal::title).containsExactly("Ends tomorrow", "Ends next week");
        assertThat(deals.get(1).organisation().name()).isEqualTo("Mairie");
        System.out.printf("currentDeals: %d SQL statement(s) for %d deals%n", statements, deals.size());
        assertThat(statements).isEqualTo(1);
        assertThat(organisations.currentDeals(List.of())).isEmpty();
    }

    // Helpers

    long organisation(long neighbourhoodId) {
        long territoryId = jdbc.queryForObject("select territory_id from neighbourhood where id = ?", Long.class,
                neighbourhoodId);
        return organisations.register(territoryId, neighbourhoodId, OrganisationKind.SHOP,
                TestData.unique("Boulangerie test"), TestData.unique("boulangerie"), "Du pain");
    }

    String slugOf(long id) {
        return organisations.get(id).slug();
    }

    void deal(long organisationId, String title, LocalDate startsOn, LocalDate endsOn) {
        jdbc.update("insert into organisation_deal (organisation_id, title, starts_on, ends_on) values (?, ?, ?, ?)",
                organisationId, title, startsOn, endsOn);
    }

    MockHttpServletRequestBuilder asStaff(MockHttpServletRequestBuilder request) {
        return request.with(user(data.user(staff))).with(csrf());
    }
}
