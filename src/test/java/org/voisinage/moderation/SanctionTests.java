package org.voisinage.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.account.Residents;
import org.voisinage.account.SignedInSessions;
import org.voisinage.notification.Outbox;
import org.voisinage.support.SessionCookies;
import org.voisinage.support.TestData;

/**
 * Suspensions and bans: every session of the resident ends at once, sign-in is refused with the reason and the
 * date, an email tells them why and how to appeal; the appeal lands in the queue and can lift the sanction.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class SanctionTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired Outbox outbox;
    @Autowired Residents residents;
    @Autowired SignedInSessions sessions;

    ModerationFixtures fixtures;
    long territory;
    long neighbourhood;

    @BeforeEach
    void setUp() {
        fixtures = new ModerationFixtures(data, jdbc);
        long[] ids = fixtures.territoryAndTwoNeighbourhoods();
        territory = ids[0];
        neighbourhood = ids[1];
    }

    @Test
    void aSuspensionEndsEverySessionRefusesSignInAndTellsTheAuthor() throws Exception {
        long author = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        String email = data.emailOf(author);
        Cookie[] phone = signIn(email);
        Cookie[] laptop = signIn(email);
        mvc.perform(get("/account").cookie(phone)).andExpect(status().isOk());
        mvc.perform(get("/account").cookie(laptop)).andExpect(status().isOk());
        assertThat(sessions.of(author)).hasSize(2);

        long caseId = fixtures.caseWithAuthor(fixtures.challenge(territory, neighbourhood, TestData.unique("Défi")),
                neighbourhood, author);
        var moderator = data.user(fixtures.moderatorOf(neighbourhood));
        mvc.perform(post("/moderation/cases/" + caseId).with(user(moderator)).with(csrf())
                        .param("version", String.valueOf(fixtures.version(caseId))).param("decision", "SUSPEND")
                        .param("days", "7").param("reason", "Insultes répétées"))
                .andExpect(redirectedUrl("/moderation"));

        // both sessions are deleted from the store (every instance sees it): the next request is anonymous
        assertThat(sessions.of(author)).isEmpty();
        mvc.perform(get("/account").cookie(phone)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/account").cookie(laptop)).andExpect(redirectedUrl("/login"));
        // sign-in refused, and the sign-in page says why and until when
        var refused = mvc.perform(formLogin("/login").user(email).password("secret-password"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error")).andReturn();
        mvc.perform(get("/login?error").cookie(SessionCookies.cookiesOf(refused)))
                .andExpect(content().string(Matchers.containsString("Insultes répétées")))
                .andExpect(model().attributeExists("sanction"));
        // a wrong password tells nothing of the sanction
        var wrong = mvc.perform(formLogin("/login").user(email).password("wrong-password")).andReturn();
        mvc.perform(get("/login?error").cookie(SessionCookies.cookiesOf(wrong)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Insultes"))));

        var mail = outbox.latestTo(email).orElseThrow();
        assertThat(mail.subject()).isEqualTo("Votre compte est suspendu");
        assertThat(mail.textBody()).contains("Insultes répétées").contains("/recours");
        assertThat(fixtures.audits("moderation.suspend", "challenge:"
                + jdbc.queryForObject("select content_id from moderation_case where id = ?", Long.class, caseId)))
                .isEqualTo(1);
    }

    @Test
    void aBanClosesTheAccountAndAnAcceptedAppealOpensItAgain() throws Exception {
        long author = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        String email = data.emailOf(author);
        long caseId = fixtures.caseWithAuthor(fixtures.challenge(territory, neighbourhood, TestData.unique("Défi")),
                neighbourhood, author);
        var moderator = data.user(fixtures.moderatorOf(neighbourhood));
        mvc.perform(post("/moderation/cases/" + caseId).with(user(moderator)).with(csrf())
                        .param("version", String.valueOf(fixtures.version(caseId))).param("decision", "BAN")
                        .param("reason", "Menaces"))
                .andExpect(redirectedUrl("/moderation"));
        assertThat(residents.isBarred(author)).isTrue();
        assertThat(outbox.latestTo(email).orElseThrow().subject()).isEqualTo("Votre compte est fermé");
        mvc.perform(formLogin("/login").user(email).password("secret-password")).andExpect(unauthenticated());

        // the appeal form works without signing in, and refuses bad input with messages
        mvc.perform(post("/recours").with(csrf()).param("email", "not-an-email").param("text", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("appeal", "email", "text"));
        mvc.perform(post("/recours").with(csrf()).param("email", email.toUpperCase()).param("text", "Je regrette."))
                .andExpect(redirectedUrl("/recours"));
        long appeal = jdbc.queryForObject("select id from moderation_appeal where resident_id = ?", Long.class, author);
        mvc.perform(get("/moderation").with(user(moderator)))
                .andExpect(content().string(Matchers.containsString("Je regrette.")));

        mvc.perform(post("/moderation/appeals/" + appeal).with(user(moderator)).with(csrf())
                        .param("version", "0").param("accept", "true").param("answer", "Dernière chance."))
                .andExpect(redirectedUrl("/moderation"));
        assertThat(residents.isBarred(author)).isFalse();
        assertThat(outbox.latestTo(email).orElseThrow().subject()).isEqualTo("Réponse à votre recours");
        mvc.perform(formLogin("/login").user(email).password("secret-password")).andExpect(authenticated());
        assertThat(fixtures.audits("moderation.appeal.accept", "appeal:" + appeal)).isEqualTo(1);
    }

    @Test
    void aModeratorOfAnotherNeighbourhoodCannotAnswerTheAppeal() throws Exception {
        long author = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        mvc.perform(post("/recours").with(csrf()).param("email", data.emailOf(author)).param("text", "Pardon."))
                .andExpect(redirectedUrl("/recours"));
        long appeal = jdbc.queryForObject("select id from moderation_appeal where resident_id = ?", Long.class, author);
        long elsewhere = fixtures.territoryAndTwoNeighbourhoods()[1];
        var stranger = data.user(fixtures.moderatorOf(elsewhere));
        mvc.perform(post("/moderation/appeals/" + appeal).with(user(stranger)).with(csrf())
                        .param("version", "0").param("accept", "true").param("answer", "Oui"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/moderation").with(user(stranger)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Pardon."))));
    }

    private Cookie[] signIn(String email) throws Exception {
        return SessionCookies.cookiesOf(mvc.perform(formLogin("/login").user(email).password("secret-password"))
                .andExpect(authenticated()).andReturn());
    }
}
