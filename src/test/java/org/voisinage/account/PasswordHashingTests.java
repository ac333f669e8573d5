package org.voisinage.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.support.SessionCookies;
import org.voisinage.support.TestData;

/**
 * Passwords are hashed with Argon2id, whatever their length up to the policy's maximum (bcrypt refused more than
 * 72 bytes with a 500); older bcrypt hashes still sign in and are rewritten as Argon2id.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class PasswordHashingTests {

    /** 100 characters, 100 bytes: past bcrypt's 72. */
    static final String LONG = "les glycines du préau fleurissent chaque printemps sur la grille verte de l'école du quartier voisin";
    /** 100 characters of four bytes each: 400 bytes, within the policy's 128 characters. */
    static final String WIDE = "🌳🏡".repeat(50);

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired AccountTokenRepository tokens;

    @Test
    void aPasswordPastBcryptsLimitIsHashedWithArgon2idAndSignsIn() throws Exception {
        assertThat(LONG.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(72);
        for (String password : new String[] {LONG, WIDE}) {
            long id = data.resident("RESIDENT", "VERIFIED", null, null);
            mvc.perform(post("/password/reset").param("token", resetToken(id)).param("password", password).with(csrf()))
                    .andExpect(redirectedUrl("/login"));
            assertThat(hashOf(id)).startsWith("{argon2}$argon2id$");
            Cookie[] browser = SessionCookies.signIn(mvc, data.emailOf(id), password, false);
            mvc.perform(get("/account").cookie(browser)).andExpect(status().isOk());
            // bcrypt would have let the first 72 bytes alone sign in
            Cookie[] truncated = SessionCookies.signIn(mvc, data.emailOf(id), password.substring(0, 36), false);
            mvc.perform(get("/account").cookie(truncated)).andExpect(redirectedUrl("/login"));
        }
    }

    @Test
    void aPasswordPastThePolicysMaximumGetsAMessageAndNoChange() throws Exception {
        long id = data.resident("RESIDENT", "VERIFIED", null, null);
        String before = hashOf(id);
        String token = resetToken(id);
        mvc.perform(post("/password/reset").param("token", token).param("password", "x".repeat(5000)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("reset", "password", "account.password.tooLong"))
                .andExpect(content().string(containsString("128 caractères au plus")));
        mvc.perform(post("/password/reset").param("token", token).param("password", "🌳".repeat(129)).with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode("reset", "password", "account.password.tooLong"));
        assertThat(hashOf(id)).isEqualTo(before);
    }

    @Test
    void aBcryptHashStillSignsInAndIsRewrittenWithArgon2id() throws Exception {
        long id = data.resident("RESIDENT", "VERIFIED", null, null);
        jdbc.update("update resident set password_hash = ? where id = ?",
                "{bcrypt}" + new BCryptPasswordEncoder().encode("secret-password"), id);

        Cookie[] first = SessionCookies.signIn(mvc, data.emailOf(id), "secret-password", true);
        mvc.perform(get("/account").cookie(first)).andExpect(status().isOk());
        assertThat(hashOf(id)).startsWith("{argon2}$argon2id$");
        // the remember-me cookie set at that sign-in is signed with the new hash, so it works
        mvc.perform(get("/account").cookie(SessionCookies.named(first, SessionCookies.REMEMBER_ME)))
                .andExpect(status().isOk());
        Cookie[] again = SessionCookies.signIn(mvc, data.emailOf(id), "secret-password", false);
        mvc.perform(get("/account").cookie(again)).andExpect(status().isOk());
        // rehashing is not a change of password: the first session is still signed in
        mvc.perform(get("/account").cookie(first)).andExpect(status().isOk());
    }

    private String resetToken(long residentId) {
        AccountToken.Issued issued = AccountToken.issue(residentId, TokenPurpose.PASSWORD_RESET, Instant.now());
        tokens.save(issued.token());
        return issued.value();
    }

    private String hashOf(long residentId) {
        return jdbc.queryForObject("select password_hash from resident where id = ?", String.class, residentId);
    }
}
