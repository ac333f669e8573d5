package org.voisinage.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.account.Residents;
import org.voisinage.account.Viewer;
import org.voisinage.initiative.InitiativeForm;
import org.voisinage.initiative.InitiativeTheme;
import org.voisinage.initiative.Initiatives;
import org.voisinage.support.TestData;

/**
 * What the search finds whatever the accents, the case and the word's form (French and English stems), how a snippet
 * marks the words found, and bad queries answered with a message rather than an error.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchQueryTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired Initiatives initiatives;
    @Autowired SiteSearch search;
    @Autowired Residents residents;
    @Autowired JdbcClient jdbc;

    /** A made-up word no other test writes, so that each query finds only this test's rows. */
    final String word = randomWord();
    long resident;

    @BeforeAll
    void twoInitiatives() {
        double lon = ThreadLocalRandom.current().nextDouble(100, 120);
        double lat = ThreadLocalRandom.current().nextDouble(-40, -30);
        long neighbourhood = data.neighbourhood(data.territory(), lon, lat, lon + 0.001, lat + 0.001);
        resident = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        initiatives.propose(resident, new InitiativeForm("Atelier des Vélos " + word,
                "Réparer ensemble les vélos du quartier, le samedi matin.", InitiativeTheme.SOCIAL, null, null, null,
                null, null));
        initiatives.propose(resident, new InitiativeForm("Bike repair " + word,
                "Neighbours fixing their bikes together. <b>Bring</b> your tools & gloves.", InitiativeTheme.SOCIAL, null,
                null, null, null, null));
    }

    @Test
    void accentsAndCaseAreIgnored() {
        assertThat(titles("velo " + word)).containsExactly("Atelier des Vélos " + word);
        assertThat(titles("VÉLO " + word.toUpperCase())).containsExactly("Atelier des Vélos " + word);
        assertThat(titles("Velos " + word)).containsExactly("Atelier des Vélos " + word);
    }

    @Test
    void frenchAndEnglishWordsAreStemmed() {
        assertThat(titles("réparations " + word)).contains("Atelier des Vélos " + word);
        assertThat(titles("bikes " + word)).containsExactly("Bike repair " + word);
        assertThat(titles("fixed " + word)).containsExactly("Bike repair " + word);
    }

    @Test
    void theSnippetMarksTheWordsFoundAndTheTextIsEscapedOnThePage() throws Exception {
        SearchResults.Hit hit = search.search(viewer(), "tools " + word, null).groups().get(0).hits().get(0);
        assertThat(hit.snippet()).contains(new SearchResults.Part("tools", true));
        String page = mvc.perform(get("/recherche").param("q", "tools " + word).with(user(data.user(resident))))
                .andReturn().getResponse().getContentAsString();
        // ts_headline leaves tags out; the rest is escaped by the page
        assertThat(page).contains("<mark>tools</mark> &amp; gloves").doesNotContain("<b>Bring");
    }

    @Test
    void aBlankOrTooLongQueryIsAnsweredWithAMessage() throws Exception {
        for (String q : new String[] {"", "   ", "x".repeat(SiteSearch.MAX_LENGTH + 1)}) {
            var response = mvc.perform(get("/recherche").param("q", q).with(user(data.user(resident))))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentAsString()).contains("id=\"search-problem\"").doesNotContain("search-hit");
        }
        assertThat(mvc.perform(get("/recherche")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(search.search(viewer(), "", null).problem()).isEqualTo("search.problem.empty");
        assertThat(search.search(viewer(), "x".repeat(101), null).problem()).isEqualTo("search.problem.tooLong");
    }

    @Test
    void queryOperatorsAndStrayCharactersNeverFail() throws Exception {
        for (String q : new String[] {"&|!:*()'", "\"" + word, "-" + word, "le la les", "a:* & b", "\u0002\u0003 "
                + word, "' or 1=1 --", "%_\\"}) {
            assertThat(mvc.perform(get("/recherche").param("q", q).with(user(data.user(resident))))
                    .andReturn().getResponse().getStatus()).as(q).isEqualTo(200);
        }
    }

    @Test
    void oneKindShowsMoreOfIt() throws Exception {
        SearchResults results = search.search(viewer(), word, SearchKind.INITIATIVE);
        assertThat(results.groups()).singleElement().satisfies(g -> assertThat(g.total()).isEqualTo(2));
        assertThat(search.search(viewer(), word, SearchKind.EVENT).groups()).isEmpty();
        assertThat(mvc.perform(get("/recherche").param("q", word).param("type", "initiative"))
                .andReturn().getResponse().getContentAsString()).contains("Bike repair " + word);
    }

    @Test
    void aCommonWordIsCountedUpToTheCapOnly() throws Exception {
        String common = randomWord();
        long first = initiatives.propose(resident, new InitiativeForm("Compost " + common, "Un bac de plus.",
                InitiativeTheme.SOCIAL, null, null, null, null, null));
        // a word of 250 initiatives: more than the candidates read, so neither the count nor the ranking sees them all
        List<String> columns = jdbc.sql("""
                select column_name from information_schema.columns where table_name = 'initiative'
                and table_schema = current_schema() and column_name <> 'id' and is_generated = 'NEVER'
                order by ordinal_position""").query(String.class).list();
        jdbc.sql("insert into initiative (" + String.join(", ", columns) + ") select " + String.join(", ", columns)
                + " from initiative, generate_series(1, 249) where id = :id").param("id", first).update();

        SearchResults.Group group = search.search(viewer(), common, null).groups().get(0);
        assertThat(group.total()).isEqualTo(SiteSearch.COUNT_CAP);
        assertThat(group.capped()).isTrue();
        assertThat(group.hits()).hasSize(SiteSearch.PER_KIND);
        String page = mvc.perform(get("/recherche").param("q", common).with(user(data.user(resident))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Plus de 100 résultats").contains("Voir les 100+ initiatives");
        // a word of a few is counted exactly
        assertThat(search.search(viewer(), word, null).groups().get(0).capped()).isFalse();
    }

    @Test
    void theHeaderHasALabelledSearchBox() throws Exception {
        String home = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("role=\"search\"").contains("for=\"site-search-q\"").contains("id=\"site-search-q\"")
                .contains("action=\"/recherche\"");
    }

    private List<String> titles(String q) {
        return search.search(viewer(), q, null).groups().stream().flatMap(g -> g.hits().stream())
                .map(SearchResults.Hit::title).toList();
    }

    private Viewer viewer() {
        return residents.viewer(resident);
    }

    private static String randomWord() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }
}
