package org.voisinage.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.voisinage.moderation.ContentRef;
import org.voisinage.moderation.ContentType;
import org.voisinage.moderation.ModeratedContent;
import org.voisinage.moderation.Reports;
import org.voisinage.support.StatementCounter;
import org.voisinage.support.TestData;

/** Organisations and recommendations under moderation, and the directory list in a constant number of statements. */
@SpringBootTest
@AutoConfigureMockMvc
@Import({TestData.class, StatementCounter.Installation.class})
class DirectoryModerationTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired Organisations organisations;
    @Autowired List<ModeratedContent> moderated;
    @Autowired Reports reports;

    long territory;
    long neighbourhood;

    @BeforeEach
    void place() {
        territory = data.territory();
        neighbourhood = data.neighbourhoodSomewhereIn(territory, -120, -100, -60, -55);
    }

    @Test
    void aHiddenOrganisationLeavesTheDirectoryButItsMembersAndModeratorsSeeWhy() throws Exception {
        long member = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        long moderator = data.resident("MODERATOR", "VERIFIED", neighbourhood, null);
        jdbc.update("insert into moderator_neighbourhood (resident_id, neighbourhood_id) values (?, ?)",
                moderator, neighbourhood);
        long reporter = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        long id = organisation(TestData.unique("Faux commerce"));
        organisations.addMember(id, member);
        String slug = organisations.get(id).slug();
        String name = organisations.get(id).name();

        assertThat(reports.reportable(new ContentRef(ContentType.ORGANISATION, id), reporter).path())
                .isEqualTo("/organisations/" + slug);
        moderation(ContentType.ORGANISATION).hide(id, "Arnaque signalée");

        mvc.perform(get("/organisations").param("quartier", data.slugOf(neighbourhood)))
                .andExpect(content().string(not(containsString(name))));
        mvc.perform(get("/organisations/" + slug)).andExpect(status().isNotFound());
        mvc.perform(get("/organisations/" + slug).with(user(data.user(reporter)))).andExpect(status().isNotFound());
        mvc.perform(get("/organisations/" + slug).with(user(data.user(member))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Masqué par la modération : Arnaque signalée")));
        mvc.perform(get("/organisations/" + slug).with(user(data.user(moderator)))).andExpect(status().isOk());

        moderation(ContentType.ORGANISATION).restore(id);
        mvc.perform(get("/organisations/" + slug)).andExpect(status().isOk());
    }

    @Test
    void aHiddenRecommendationLeavesTheCountAndOnlyItsAuthorSeesWhy() throws Exception {
        long id = organisation(TestData.unique("Épicerie"));
        String slug = organisations.get(id).slug();
        long author = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        long other = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        organisations.recommend(id, author, "Appelez Paul au 06 12 34 56 78");
        organisations.recommend(id, other, "Très bon accueil");
        long recommendation = jdbc.queryForObject(
                "select id from recommendation where organisation_id = ? and resident_id = ?", Long.class, id, author);
        assertThat(moderation(ContentType.RECOMMENDATION).snapshot(recommendation)).hasValueSatisfying(s -> {
            assertThat(s.authorId()).isEqualTo(author);
            assertThat(s.path()).isEqualTo("/organisations/" + slug);
        });

        moderation(ContentType.RECOMMENDATION).redact(recommendation, "Appelez Paul [numéro retiré]");
        moderation(ContentType.RECOMMENDATION).hide(recommendation, "Données personnelles");

        assertThat(organisations.recommendationCount(id)).isOne();
        mvc.perform(get("/organisations/" + slug).with(user(data.user(other))))
                .andExpect(content().string(containsString("Recommandé par 1 voisin")))
                .andExpect(content().string(not(containsString("Appelez Paul"))));
        mvc.perform(get("/organisations/" + slug).with(user(data.user(author))))
                .andExpect(content().string(containsString("Appelez Paul [numéro retiré]")))
                .andExpect(content().string(containsString("Masqué par la modération : Données personnelles")));
        assertThat(moderation(ContentType.RECOMMENDATION).visibleTo(recommendation, other)).isFalse();
    }

    @Test
    void theDirectoryListRunsTheSameNumberOfStatementsFor3And25Organisations() throws Exception {
        long small = data.neighbourhood(territory, 10, -70, 10.01, -69.99);
        long large = data.neighbourhood(territory, 11, -70, 11.01, -69.99);
        for (int i = 0; i < 3; i++) {
            organisations.recommend(organisationIn(small), data.resident("RESIDENT", "VERIFIED", small, null), "Bien");
        }
        for (int i = 0; i < 25; i++) {
            organisations.recommend(organisationIn(large), data.resident("RESIDENT", "VERIFIED", large, null), "Bien");
        }
        long forSmall = statements("/organisations?quartier=" + data.slugOf(small));
        long forLarge = statements("/organisations?quartier=" + data.slugOf(large));
        System.out.printf("Directory list: %d SQL statements with 3 organisations, %d with 25%n", forSmall, forLarge);
        assertThat(forLarge).isEqualTo(forSmall);
    }

    @Test
    void anOrganisationPageNamesItsRecommendersInAFixedNumberOfStatements() throws Exception {
        long few = organisation(TestData.unique("Boulangerie"));
        long many = organisation(TestData.unique("Librairie"));
        for (int i = 0; i < 3; i++) {
            organisations.recommend(few, data.resident("RESIDENT", "VERIFIED", neighbourhood, null), "Bien");
        }
        long lastRecommender = 0;
        for (int i = 0; i < 15; i++) {
            lastRecommender = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
            organisations.recommend(many, lastRecommender, "Très bien");
        }
        var viewer = user(data.user(data.resident("RESIDENT", "VERIFIED", neighbourhood, null)));
        long forFew = statements(get("/organisations/" + organisations.get(few).slug()).with(viewer));
        long forMany = statements(get("/organisations/" + organisations.get(many).slug()).with(viewer));
        System.out.printf("Organisation page: %d SQL statements with 3 recommendations, %d with 15%n", forFew, forMany);
        assertThat(forMany).isEqualTo(forFew);
        String name = jdbc.queryForObject("select display_name from resident where id = ?", String.class, lastRecommender);
        mvc.perform(get("/organisations/" + organisations.get(many).slug()).with(viewer))
                .andExpect(content().string(containsString(name)));
    }

    long statements(MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request).andExpect(status().isOk());
        StatementCounter.reset();
        mvc.perform(request).andExpect(status().isOk());
        return StatementCounter.count();
    }

    long statements(String url) throws Exception {
        mvc.perform(get(url)).andExpect(status().isOk());
        StatementCounter.reset();
        mvc.perform(get(url)).andExpect(status().isOk());
        return StatementCounter.count();
    }

    ModeratedContent moderation(ContentType type) {
        return moderated.stream().filter(m -> m.type() == type).findFirst().orElseThrow();
    }

    long organisation(String name) {
        return organisations.register(territory, neighbourhood, OrganisationKind.SHOP, name, TestData.unique("org"),
                "Une description");
    }

    long organisationIn(long neighbourhoodId) {
        return organisations.register(territory, neighbourhoodId, OrganisationKind.SHOP, TestData.unique("Commerce"),
                TestData.unique("commerce"), "Une description");
    }
}
