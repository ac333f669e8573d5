package org.voisinage.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.voisinage.support.SessionCookies;
import org.voisinage.support.TestData;

/**
 * Sessions live in PostgreSQL: another instance reads them, and a new password or a new role deletes all of the
 * person's sessions from the store (so every instance signs them out), remember-me cookies included after a reset.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class SignedInSessionsTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired AccountTokenRepository tokens;

    @Test
    void aPasswordResetEndsEverySessionAndRememberMeCookieOfThePerson() throws Exception {
        long id = data.resident("RESIDENT", "VERIFIED", null, null);
        String email = data.emailOf(id);
        Cookie[] phone = SessionCookies.signIn(mvc, email, "secret-password", true);
        Cookie[] laptop = SessionCookies.signIn(mvc, email, "secret-password", false);
        Cookie rememberMe = SessionCookies.named(phone, SessionCookies.REMEMBER_ME);
        mvc.perform(get("/account").cookie(phone)).andExpect(status().isOk());
        mvc.perform(get("/account").cookie(laptop)).andExpect(status().isOk());
        // the remember-me cookie alone signs the person in (a new browser session)
        mvc.perform(get("/account").cookie(rememberMe)).andExpect(status().isOk());
        assertThat(sessionsOf(email)).isGreaterThanOrEqualTo(2);

        AccountToken.Issued issued = AccountToken.issue(id, TokenPurpose.PASSWORD_RESET, Instant.now());
        tokens.save(issued.token());
        mvc.perform(post("/password/reset").param("token", issued.value()).param("password", "un tout nouveau secret")
                .with(csrf())).andExpect(redirectedUrl("/login"));

        assertThat(sessionsOf(email)).isZero();
        mvc.perform(get("/account").cookie(phone)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/account").cookie(laptop)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/account").cookie(rememberMe)).andExpect(redirectedUrl("/login"));
        // the new password works
        Cookie[] again = SessionCookies.signIn(mvc, email, "un tout nouveau secret", false);
        mvc.perform(get("/account").cookie(again)).andExpect(status().isOk());
    }

    @Test
    void aResetMadeWhileSignedInEndsTheSessionItWasMadeIn() throws Exception {
        long id = data.resident("RESIDENT", "VERIFIED", null, null);
        String email = data.emailOf(id);
        Cookie[] browser = SessionCookies.signIn(mvc, email, "secret-password", false);
        AccountToken.Issued issued = AccountToken.issue(id, TokenPurpose.PASSWORD_RESET, Instant.now());
        tokens.save(issued.token());
        mvc.perform(post("/password/reset").cookie(browser).param("token", issued.value())
                .param("password", "un tout nouveau secret").with(csrf())).andExpect(redirectedUrl("/login"));
        assertThat(sessionsOf(email)).isZero();
        mvc.perform(get("/account").cookie(browser)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aNewRoleOrNewModeratedNeighbourhoodsEndEverySession() throws Exception {
        long territory = data.territory();
        long neighbourhood = data.neighbourhood(territory, 2.0, 48.0, 2.01, 48.01);
        long other = data.neighbourhood(territory, 2.02, 48.0, 2.03, 48.01);
        long id = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        long admin = data.resident("ADMIN", "VERIFIED", null, null);
        String email = data.emailOf(id);
        Cookie[] phone = SessionCookies.signIn(mvc, email, "secret-password", false);
        Cookie[] laptop = SessionCookies.signIn(mvc, email, "secret-password", false);
        assertThat(sessionsOf(email)).isEqualTo(2);

        mvc.perform(post("/admin/people/" + id + "/role").param("role", "MODERATOR")
                        .param("neighbourhoods", String.valueOf(neighbourhood)).with(csrf()).with(user(data.user(admin))))
                .andExpect(redirectedUrl("/admin/people/" + id));
        assertThat(sessionsOf(email)).isZero();
        mvc.perform(get("/account").cookie(phone)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/account").cookie(laptop)).andExpect(redirectedUrl("/login"));

        // signed in again as a moderator; the same role with other neighbourhoods ends the session too
        Cookie[] moderator = SessionCookies.signIn(mvc, email, "secret-password", false);
        mvc.perform(get("/moderation").cookie(moderator)).andExpect(status().isOk());
        mvc.perform(post("/admin/people/" + id + "/role").param("role", "MODERATOR")
                        .param("neighbourhoods", String.valueOf(other)).with(csrf()).with(user(data.user(admin))))
                .andExpect(redirectedUrl("/admin/people/" + id));
        mvc.perform(get("/moderation").cookie(moderator)).andExpect(redirectedUrl("/login"));

        // saving the same role and neighbourhoods changes nothing, and ends nothing
        Cookie[] kept = SessionCookies.signIn(mvc, email, "secret-password", false);
        mvc.perform(post("/admin/people/" + id + "/role").param("role", "MODERATOR")
                        .param("neighbourhoods", String.valueOf(other)).with(csrf()).with(user(data.user(admin))))
                .andExpect(redirectedUrl("/admin/people/" + id));
        mvc.perform(get("/moderation").cookie(kept)).andExpect(status().isOk());
    }

    /**
     * Another instance, sharing nothing but the database, reads the session: its own repository over the same
     * tables finds the signed-in person, whose principal carries no password hash.
     */
    @Test
    void anotherInstanceReadsTheSessionAndItHoldsNoPasswordHash() throws Exception {
        long id = data.resident("RESIDENT", "VERIFIED", null, null);
        String email = data.emailOf(id);
        Cookie[] browser = SessionCookies.signIn(mvc, email, "secret-password", false);
        mvc.perform(get("/account").cookie(browser)).andExpect(status().isOk());

        var otherInstance = new JdbcIndexedSessionRepository(new JdbcTemplate(jdbc.getDataSource()),
                new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource())));
        org.springframework.session.Session session = otherInstance.findById(SessionCookies.sessionId(browser));
        assertThat(session).isNotNull();
        SecurityContext context = session.getAttribute("SPRING_SECURITY_CONTEXT");
        CurrentUser principal = (CurrentUser) context.getAuthentication().getPrincipal();
        assertThat(principal.id()).isEqualTo(id);
        assertThat(principal.getPassword()).isNull();
        assertThat(context.getAuthentication().getCredentials()).isNull();

        String hash = jdbc.queryForObject("select password_hash from resident where id = ?", String.class, id);
        for (byte[] attribute : jdbc.queryForList("""
                select a.attribute_bytes from spring_session_attributes a
                join spring_session s on s.primary_id = a.session_primary_id where s.principal_name = ?""",
                byte[].class, email)) {
            String bytes = new String(attribute, StandardCharsets.ISO_8859_1);
            assertThat(bytes).doesNotContain(hash).doesNotContain("secret-password");
        }
    }

    /** A session opened by a remember-me cookie (a browser restarted) holds no password hash either. */
    @Test
    void aSessionOpenedByARememberMeCookieHoldsNoPasswordHash() throws Exception {
        long id = data.resident("RESIDENT", "VERIFIED", null, null);
        Cookie rememberMe = SessionCookies.named(
                SessionCookies.signIn(mvc, data.emailOf(id), "secret-password", true), SessionCookies.REMEMBER_ME);
        Cookie[] restarted = SessionCookies.cookiesOf(
                mvc.perform(get("/account").cookie(rememberMe)).andExpect(status().isOk()).andReturn());

        var otherInstance = new JdbcIndexedSessionRepository(new JdbcTemplate(jdbc.getDataSource()),
                new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource())));
        org.springframework.session.Session session = otherInstance.findById(SessionCookies.sessionId(restarted));
        SecurityContext context = session.getAttribute("SPRING_SECURITY_CONTEXT");
        assertThat(((CurrentUser) context.getAuthentication().getPrincipal()).id()).isEqualTo(id);
        assertThat(((CurrentUser) context.getAuthentication().getPrincipal()).getPassword()).isNull();
    }

    private int sessionsOf(String email) {
        return jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class, email);
    }
}
