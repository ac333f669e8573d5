package org.voisinage.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.challenge.TerritoryTrends.NeighbourhoodTotal;
import org.voisinage.challenge.TerritoryTrends.StateTotal;
import org.voisinage.support.TestData;

/** A territory's trends, counted on the real PostgreSQL, shown to anyone, in a fixed number of statements. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ChallengeTestConfiguration.class)
class ChallengeTrendsTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired ChallengeTestConfiguration.Fixtures fixtures;
    @Autowired ChallengeEditing editing;
    @Autowired ChallengeLifecycle lifecycle;
    @Autowired ChallengePledges pledges;
    @Autowired ChallengeTrends trends;
    @Autowired JdbcTemplate jdbc;

    long territory;
    String slug;
    long north;
    long south;

    @BeforeEach
    void place() {
        long[] ids = fixtures.territoryAndTwoNeighbourhoods();
        territory = ids[0];
        north = ids[1];
        south = ids[2];
        slug = jdbc.queryForObject("select slug from territory where id = ?", String.class, territory);
    }

    @Test
    void pledgesAndChallengesAreCountedByMonthThemeAndNeighbourhood() {
        long northChallenge = fixtures.open(north, 100, null); // WASTE
        long wholeChallenge = editing.create(fixtures.form("t-" + territory, 100, null));
        lifecycle.open(wholeChallenge);
        jdbc.update("update challenge_action set theme = 'ENERGY' where id = (select action_id from challenge where id = ?)",
                wholeChallenge);
        editing.create(fixtures.form("n-" + south, 100, null)); // a draft: never counted
        for (int i = 0; i < 3; i++) {
            pledges.pledge(northChallenge, data.resident("RESIDENT", "VERIFIED", north, null), false);
        }
        pledges.pledge(wholeChallenge, data.resident("RESIDENT", "VERIFIED", south, null), false);
        jdbc.update("insert into challenge_offline_pledge (challenge_id, count, note, recorded_at) values (?, 7, 'papier', now())",
                wholeChallenge);
        jdbc.update("update challenge set offline_pledges = 7 where id = ?", wholeChallenge);
        // pledges older than the twelve months are left out of the months, kept in the totals on the row
        jdbc.update("insert into challenge_offline_pledge (challenge_id, count, note, recorded_at) values (?, 50, 'ancien', now() - interval '400 days')",
                northChallenge);

        TerritoryTrends t = trends.of(slug);

        int thisMonth = t.pledgesByMonth().columns().size() - 1;
        assertThat(t.pledgesByMonth().columns().get(thisMonth).total()).isEqualTo(11);
        assertThat(t.pledgesByMonth().total()).isEqualTo(11);
        assertThat(t.pledgesByMonth().series()).extracting(s -> s.labelKey() + "=" + s.total())
                .containsExactly("challenge.theme.WASTE=3", "challenge.theme.ENERGY=8");
        assertThat(t.pledgesByMonth().columns()).hasSize(12);
        assertThat(t.pledgesByMonth().columns().get(thisMonth).label())
                .isEqualTo(YearMonth.now(ZoneId.of("Europe/Paris")).format(DateTimeFormatter.ofPattern("MM/yy")));
        assertThat(t.challengesByMonth().total()).isEqualTo(2); // both opened yesterday... or this month
        assertThat(t.neighbourhoods()).extracting(NeighbourhoodTotal::wholeTerritory, NeighbourhoodTotal::pledges,
                NeighbourhoodTotal::challenges)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(true, 8, 1),
                        org.assertj.core.groups.Tuple.tuple(false, 3, 1),
                        org.assertj.core.groups.Tuple.tuple(false, 0, 0));
        assertThat(t.pledgesByNeighbourhood().max()).isEqualTo(8);
        assertThat(t.states()).contains(new StateTotal(ChallengeState.OPEN, 2), new StateTotal(ChallengeState.FULFILLED, 0))
                .extracting(StateTotal::state).doesNotContain(ChallengeState.DRAFT);
    }

    @Test
    void anyoneSeesTheChartsWithTheirFigures() throws Exception {
        long id = fixtures.open(north, 100, null);
        pledges.pledge(id, data.resident("RESIDENT", "VERIFIED", north, null), false);

        mvc.perform(get("/territoires/" + slug + "/tendances"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("role=\"img\"")))
                .andExpect(content().string(containsString("aria-labelledby=\"pledges-svg-title pledges-svg-desc\"")))
                .andExpect(content().string(containsString("<title id=\"pledges-svg-title\">Engagements par mois et par thème</title>")))
                .andExpect(content().string(containsString("class=\"trend-chart__segment\"")))
                .andExpect(content().string(containsString("<summary>Les chiffres</summary>")))
                .andExpect(content().string(containsString("Tout le territoire")))
                .andExpect(content().string(not(containsString("style="))))
                // the page's title only in the head: the charts' titles stay in their SVG
                .andExpect(content().string(matchesPattern("(?s).*<head>((?!</head>).)*<title>Tendances : [^<]*</title>\\s*<meta.*")));
    }

    @Test
    void aTerritoryWithoutChallengesSaysSoInsteadOfDrawingEmptyCharts() throws Exception {
        mvc.perform(get("/territoires/" + slug + "/tendances"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rien sur cette période pour l’instant.")))
                .andExpect(content().string(containsString("Aucun défi public pour l’instant.")))
                .andExpect(content().string(not(containsString("<svg role=\"img\""))));
    }

    @Test
    void anUnknownTerritoryIsNotFound() throws Exception {
        mvc.perform(get("/territoires/" + TestData.unique("nowhere") + "/tendances")).andExpect(status().isNotFound());
    }

    @Test
    void theListingsLinkToTheTrends() throws Exception {
        mvc.perform(get("/quartiers")).andExpect(content().string(containsString("/territoires/" + slug + "/tendances")));
        mvc.perform(get("/defis")).andExpect(content().string(containsString("/territoires/" + slug + "/tendances")));
    }

    @Test
    void thePageRunsTheSameNumberOfStatementsForFewAndManyPledgesAndChallenges() throws Exception {
        long[] other = fixtures.territoryAndTwoNeighbourhoods();
        String otherSlug = jdbc.queryForObject("select slug from territory where id = ?", String.class, other[0]);
        long small = fixtures.open(north, 1000, null);
        fixtures.bulkPledges(small, north, 2, 300);
        for (int i = 0; i < 8; i++) {
            long id = fixtures.open(i % 2 == 0 ? other[1] : other[2], 1000, null);
            fixtures.bulkPledges(id, other[1], 200, 300);
        }

        int forSmall = statements(slug);
        int forLarge = statements(otherSlug);
        System.out.printf("Trends page: %d SQL statements with 1 challenge and 2 pledges, %d with 8 challenges and 3,200 pledges%n",
                forSmall, forLarge);
        assertThat(forLarge).isEqualTo(forSmall);
        assertThat(forSmall).isLessThanOrEqualTo(10);
    }


    int statements(String territorySlug) throws Exception {
        mvc.perform(get("/territoires/" + territorySlug + "/tendances")).andExpect(status().isOk()); // warm up
        org.voisinage.support.StatementCounter.reset();
        mvc.perform(get("/territoires/" + territorySlug + "/tendances")).andExpect(status().isOk());
        return org.voisinage.support.StatementCounter.count();
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }
}
