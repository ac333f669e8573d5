package org.voisinage.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.voisinage.account.Residents;
import org.voisinage.common.Refusal;
import org.voisinage.initiative.InitiativeForm;
import org.voisinage.initiative.InitiativeMembers;
import org.voisinage.initiative.InitiativeTheme;
import org.voisinage.initiative.Initiatives;
import org.voisinage.support.TestData;

/**
 * Polls: who opens them, who sees and votes (the access policy on every read path), one ballot per resident kept by
 * the database, results hidden until the end or live, results by neighbourhood without singling anyone out, followers
 * told when a poll opens and when its results are out.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class PollTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired Polls polls;
    @Autowired Residents residents;
    @Autowired Initiatives initiatives;
    @Autowired InitiativeMembers members;
    @Autowired JdbcTemplate jdbc;

    long territory;
    long here;
    long nextDoor;
    long elsewhere;
    long staff;
    long staffElsewhere;
    long alice;
    long bob;
    long carol;
    long pending;
    long stranger;

    @BeforeEach
    void place() {
        territory = data.territory();
        long[] two = data.twoNeighbourhoods(territory, -150, -60);
        here = two[0];
        nextDoor = two[1];
        long otherTerritory = data.territory();
        elsewhere = data.neighbourhoodSomewhereIn(otherTerritory, -150, -140, 60, 70);
        staff = data.resident("STAFF", "VERIFIED", null, null);
        staffElsewhere = data.resident("STAFF", "VERIFIED", null, null);
        jdbc.update("insert into staff_territory (resident_id, territory_id) values (?, ?)", staffElsewhere,
                otherTerritory);
        alice = data.resident("RESIDENT", "VERIFIED", here, null);
        bob = data.resident("RESIDENT", "VERIFIED", here, null);
        carol = data.resident("RESIDENT", "VERIFIED", nextDoor, null);
        pending = data.resident("RESIDENT", "PENDING", here, null);
        stranger = data.resident("RESIDENT", "VERIFIED", elsewhere, null);
    }

    private PollForm form(String scope, boolean multiple, boolean live, String... options) {
        return new PollForm(scope, "Où installer le banc ? " + TestData.unique("q"), List.of(options), multiple, live,
                LocalDate.now().plusDays(3), LocalTime.of(20, 0));
    }

    private long open(String scope, boolean multiple, boolean live) {
        return polls.open(residents.viewer(staff), form(scope, multiple, live, "Près de l'école", "Au square", "Rue haute"));
    }

    private List<Long> options(long poll) {
        return jdbc.queryForList("select id from poll_option where poll_id = ? order by position", Long.class, poll);
    }

    private MockHttpServletRequestBuilder vote(long poll, long resident, Long... choices) {
        MockHttpServletRequestBuilder post = post("/sondages/" + poll + "/vote").with(user(data.user(resident))).with(csrf());
        for (Long choice : choices) {
            post.param("choices", String.valueOf(choice));
        }
        return post;
    }

    private void end(long poll) {
        jdbc.update("update poll set ends_at = now() - interval '1 minute' where id = ?", poll);
    }

    @Test
    void staffOpenAPollThroughTheFormAndTheResidentsItAsksVote() throws Exception {
        String question = "Quel jour pour la fête ? " + TestData.unique("q");
        String location = mvc.perform(post("/sondages").with(user(data.user(staff))).with(csrf())
                        .param("scope", "n-" + here).param("question", question)
                        .param("options", "Samedi", "Dimanche", "", "", "", "")
                        .param("endsOn", LocalDate.now().plusDays(7).toString()).param("endsAt", "18:30"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/sondages/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long poll = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get("/sondages/" + poll).with(user(data.user(alice))))
                .andExpect(status().isOk()).andExpect(content().string(containsString(question)))
                .andExpect(content().string(containsString("Samedi")));
        mvc.perform(vote(poll, alice, options(poll).get(1))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from poll_ballot where poll_id = ?", Long.class, poll))
                .isEqualTo(1);
        // the neighbourhood's page and the resident's list show it
        mvc.perform(get("/quartiers/" + data.slugOf(here)).with(user(data.user(bob))))
                .andExpect(status().isOk()).andExpect(content().string(containsString(question)));
        mvc.perform(get("/sondages").with(user(data.user(bob))))
                .andExpect(status().isOk()).andExpect(content().string(containsString(question)));
    }

    @Test
    void onlyTheResidentsAskedAndTheTerritorysStaffSeeAPoll() throws Exception {
        long poll = open("n-" + here, false, true);
        Long option = options(poll).get(0);
        // a verified resident of another neighbourhood or territory, a pending one: as if it did not exist
        for (long outsider : new long[] {carol, stranger, pending}) {
            mvc.perform(get("/sondages/" + poll).with(user(data.user(outsider)))).andExpect(status().isNotFound());
            mvc.perform(vote(poll, outsider, option)).andExpect(status().isNotFound());
        }
        // staff of another territory too
        mvc.perform(get("/sondages/" + poll).with(user(data.user(staffElsewhere)))).andExpect(status().isNotFound());
        // anonymous visitors are sent to sign in
        mvc.perform(get("/sondages/" + poll)).andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/login"));
        // nor do the lists show it to them
        mvc.perform(get("/sondages").with(user(data.user(carol))))
                .andExpect(content().string(not(containsString("Où installer le banc"))));
        mvc.perform(get("/quartiers/" + data.slugOf(here)))
                .andExpect(content().string(not(containsString("Où installer le banc"))));
        // staff of its territory read it, but vote only where they are asked as residents
        mvc.perform(get("/sondages/" + poll).with(user(data.user(staff)))).andExpect(status().isOk());
        mvc.perform(vote(poll, staff, option)).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from poll_ballot where poll_id = ?", Long.class, poll)).isZero();
    }

    @Test
    void staffOfAnotherTerritoryMayNotOpenAPollHereNorMayResidents() throws Exception {
        for (long refused : new long[] {staffElsewhere, alice}) {
            mvc.perform(post("/sondages").with(user(data.user(refused))).with(csrf())
                            .param("scope", "n-" + here).param("question", "Une question")
                            .param("options", "Oui", "Non").param("endsOn", LocalDate.now().plusDays(7).toString())
                            .param("endsAt", "18:30"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/sondages/nouveau").with(user(data.user(alice)))).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from poll where neighbourhood_id = ?", Long.class, here)).isZero();
    }

    @Test
    void badInputComesBackWithWhatWasTypedAndAClearMessage() throws Exception {
        // one option only, an end in the past: refused, the form back filled
        mvc.perform(post("/sondages").with(user(data.user(staff))).with(csrf())
                        .param("scope", "n-" + here).param("question", "Quelle couleur pour les bancs ?")
                        .param("options", "Vert", "", "", "").param("endsOn", LocalDate.now().plusDays(7).toString())
                        .param("endsAt", "18:30"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Quelle couleur pour les bancs ?")))
                .andExpect(content().string(containsString("value=\"Vert\"")))
                .andExpect(content().string(containsString("au moins deux réponses")));
        mvc.perform(post("/sondages").with(user(data.user(staff))).with(csrf())
                        .param("scope", "n-" + here).param("question", "Quelle couleur ?")
                        .param("options", "Vert", "Bleu").param("endsOn", LocalDate.now().minusDays(1).toString())
                        .param("endsAt", "18:30"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("La fin doit être à venir")));
        // not a date, no scope: the fields say so, no server error
        mvc.perform(post("/sondages").with(user(data.user(staff))).with(csrf())
                        .param("scope", "").param("question", "Quelle couleur ?")
                        .param("options", "Vert", "Bleu").param("endsOn", "demain").param("endsAt", "midi"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("field__error")));
        // a ballot with no choice, or two in a single-choice poll
        long poll = open("n-" + here, false, true);
        List<Long> options = options(poll);
        mvc.perform(vote(poll, alice)).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choisissez une réponse.")));
        mvc.perform(vote(poll, alice, options.get(0), options.get(1))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Une seule réponse pour ce sondage")));
        // an option of another poll
        long other = open("n-" + here, false, true);
        mvc.perform(vote(poll, alice, options(other).get(0))).andExpect(status().isBadRequest());
        mvc.perform(vote(poll, alice, (Long) null).param("choices", "abc")).andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("select count(*) from poll_ballot where poll_id = ?", Long.class, poll)).isZero();
    }

    @Test
    void theDatabaseKeepsOneBallotPerResidentAndAChangedVoteReplacesTheFirst() throws Exception {
        long poll = open("n-" + here, true, true);
        List<Long> options = options(poll);
        jdbc.update("insert into poll_ballot (poll_id, resident_id, neighbourhood_id, cast_at) values (?, ?, ?, now())",
                poll, bob, here);
        assertThatThrownBy(() -> jdbc.update(
                "insert into poll_ballot (poll_id, resident_id, neighbourhood_id, cast_at) values (?, ?, ?, now())",
                poll, bob, here)).isInstanceOf(DuplicateKeyException.class);
        // a choice must be an option of the ballot's poll
        long other = open("n-" + here, true, true);
        long ballot = jdbc.queryForObject("select id from poll_ballot where poll_id = ? and resident_id = ?", Long.class,
                poll, bob);
        assertThatThrownBy(() -> jdbc.update("insert into poll_choice (ballot_id, option_id, poll_id) values (?, ?, ?)",
                ballot, options(other).get(0), poll)).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);

        mvc.perform(vote(poll, alice, options.get(0), options.get(2))).andExpect(status().is3xxRedirection());
        mvc.perform(vote(poll, alice, options.get(1))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList("""
                select c.option_id from poll_choice c join poll_ballot b on b.id = c.ballot_id
                where b.poll_id = ? and b.resident_id = ?""", Long.class, poll, alice)).containsExactly(options.get(1));
        assertThat(jdbc.queryForObject("select count(*) from poll_ballot where poll_id = ? and resident_id = ?",
                Long.class, poll, alice)).isEqualTo(1);
        mvc.perform(get("/sondages/" + poll).with(user(data.user(alice))))
                .andExpect(content().string(containsString("Changer mon vote")));
    }

    @Test
    void resultsChosenToShowAtTheEndAreHiddenUntilThenAndVotingStops() throws Exception {
        long poll = open("n-" + here, false, false);
        List<Long> options = options(poll);
        mvc.perform(vote(poll, alice, options.get(0))).andExpect(status().is3xxRedirection());
        mvc.perform(vote(poll, bob, options.get(0))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/sondages/" + poll).with(user(data.user(alice))))
                .andExpect(content().string(containsString("id=\"results-hidden\"")))
                .andExpect(content().string(not(containsString("id=\"poll-results\""))));
        assertThat(polls.page(poll, residents.viewer(staff)).results()).isNull();
        end(poll);
        mvc.perform(get("/sondages/" + poll).with(user(data.user(alice))))
                .andExpect(content().string(containsString("id=\"poll-results\"")))
                .andExpect(content().string(containsString("<svg")));
        var results = polls.page(poll, residents.viewer(alice)).results();
        assertThat(results.options()).extracting(PollViews.OptionResult::votes).containsExactly(2L, 0L, 0L);
        assertThat(results.options().get(0).percent()).isEqualTo(100);
        mvc.perform(vote(poll, alice, options.get(1))).andExpect(status().isConflict())
                .andExpect(content().string(containsString("Ce sondage est terminé")));
    }

    @Test
    void liveResultsShowWhileThePollIsOpen() throws Exception {
        long poll = open("n-" + here, false, true);
        mvc.perform(vote(poll, alice, options(poll).get(2))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/sondages/" + poll).with(user(data.user(bob))))
                .andExpect(content().string(containsString("id=\"poll-results\"")));
    }

    @Test
    void resultsByNeighbourhoodMergeTheNeighbourhoodsWhereTooFewVoted() {
        long poll = open("t-" + territory, false, true);
        long option = options(poll).get(0);
        for (int i = 0; i < Polls.MIN_SHOWN; i++) {
            polls.vote(poll, residents.viewer(data.resident("RESIDENT", "VERIFIED", here, null)), List.of(option));
        }
        polls.vote(poll, residents.viewer(carol), List.of(options(poll).get(1)));
        var byNeighbourhood = polls.page(poll, residents.viewer(staff)).results().byNeighbourhood();
        assertThat(byNeighbourhood).hasSize(2);
        assertThat(byNeighbourhood.get(0).name()).startsWith("Quartier");
        assertThat(byNeighbourhood.get(0).votes()).containsExactly(5L, 0L, 0L);
        // carol's neighbourhood had one voter: merged, not named
        assertThat(byNeighbourhood.get(1).name()).isNull();
        assertThat(byNeighbourhood.get(1).votes()).containsExactly(0L, 1L, 0L);
        // a territory's poll asks its every neighbourhood, and nobody outside
        assertThatThrownBy(() -> polls.vote(poll, residents.viewer(stranger), List.of(option)))
                .isInstanceOf(org.voisinage.common.NotFoundException.class);
    }

    @Test
    void followersAreToldWhenAPollOpensAndOnceWhenItsResultsAreOut() {
        long poll = open("n-" + here, false, false);
        await().atMost(Duration.ofSeconds(20)).until(() -> activities("poll.activity.opened") == 1);
        end(poll);
        assertThat(polls.tellResults()).isGreaterThanOrEqualTo(1);
        assertThat(polls.tellResults()).isZero();
        await().atMost(Duration.ofSeconds(20)).until(() -> activities("poll.activity.results") == 1);
    }

    private long activities(String key) {
        return jdbc.queryForObject("""
                select count(*) from topic_activity where topic_type = 'polls' and topic_id = ? and message_key = ?""",
                Long.class, here, key);
    }

    @Test
    void organisersAskTheirInitiativesMembersOnlyWhereTheTerritoryAllowsIt() throws Exception {
        long initiative = initiatives.propose(alice, new InitiativeForm("Compost " + TestData.unique("c"),
                "Un composteur partagé.", InitiativeTheme.ECOLOGY, null, null, null, null, "Square"));
        members.join(initiative, bob);
        PollForm form = form("i-" + initiative, false, true, "Mardi", "Jeudi");
        assertThatThrownBy(() -> polls.open(residents.viewer(alice), form)).isInstanceOf(Refusal.class);
        mvc.perform(get("/sondages/nouveau").param("portee", "i-" + initiative).with(user(data.user(alice))))
                .andExpect(status().isForbidden());
        // staff of the territory allow it
        mvc.perform(post("/admin/sondages/territoires/" + territory).with(user(data.user(staffElsewhere))).with(csrf())
                .param("organisersMayOpen", "true")).andExpect(status().isNotFound());
        mvc.perform(post("/admin/sondages/territoires/" + territory).with(user(data.user(staff))).with(csrf())
                .param("organisersMayOpen", "true")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/sondages/nouveau").param("portee", "i-" + initiative).with(user(data.user(alice))))
                .andExpect(status().isOk());
        long poll = polls.open(residents.viewer(alice), form);
        // a member (not an organiser) may not open one
        assertThatThrownBy(() -> polls.open(residents.viewer(bob), form)).isInstanceOf(Refusal.class);
        // its members see and vote; a neighbour who is not a member does not see it
        long neighbour = data.resident("RESIDENT", "VERIFIED", here, null);
        mvc.perform(get("/sondages/" + poll).with(user(data.user(neighbour)))).andExpect(status().isNotFound());
        mvc.perform(vote(poll, bob, options(poll).get(0))).andExpect(status().is3xxRedirection());
        // its page links its members to their polls, listed for them only
        mvc.perform(get("/initiatives/" + initiative).with(user(data.user(bob))))
                .andExpect(content().string(containsString("/sondages?initiative=" + initiative)));
        mvc.perform(get("/initiatives/" + initiative).with(user(data.user(neighbour))))
                .andExpect(content().string(not(containsString("/sondages?initiative=" + initiative))));
        mvc.perform(get("/sondages").param("initiative", String.valueOf(initiative)).with(user(data.user(bob))))
                .andExpect(content().string(containsString(form.question())));
        mvc.perform(get("/sondages").param("initiative", String.valueOf(initiative)).with(user(data.user(neighbour))))
                .andExpect(content().string(not(containsString(form.question()))));
    }
}
