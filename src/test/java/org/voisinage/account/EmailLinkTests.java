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

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.support.TestData;

/** Emailed links: single use, expiring, changing nothing when merely opened. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class EmailLinkTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired AccountTokenRepository tokens;
    @Autowired JdbcTemplate jdbc;
    @Autowired PasswordEncoder passwordEncoder;

    String issue(long residentId, TokenPurpose purpose, Instant now) {
        AccountToken.Issued issued = AccountToken.issue(residentId, purpose, now);
        tokens.save(issued.token());
        return issued.value();
    }

    @Test
    void confirmingTheEmailTakesAClickAndWorksOnce() throws Exception {
        long id = data.resident("RESIDENT", "PENDING", null, null);
        String token = issue(id, TokenPurpose.EMAIL_CONFIRMATION, Instant.now());

        mvc.perform(get("/email/confirm").param("token", token)).andExpect(status().isOk());
        assertThat(confirmedAt(id)).as("opening the link changes nothing").isNull();

        mvc.perform(post("/email/confirm").param("token", token).with(csrf())).andExpect(redirectedUrl("/login"));
        assertThat(confirmedAt(id)).isNotNull();

        mvc.perform(post("/email/confirm").param("token", token).with(csrf()))
                .andExpect(status().isGone()).andExpect(content().string(containsString("ne fonctionne plus")));
    }

    @Test
    void expiredForgedAndMissingTokensGetAClearPage() throws Exception {
        long id = data.resident("RESIDENT", "PENDING", null, null);
        String expired = issue(id, TokenPurpose.EMAIL_CONFIRMATION, Instant.now().minusSeconds(49 * 3600));
        mvc.perform(get("/email/confirm").param("token", expired)).andExpect(status().isGone());
        mvc.perform(get("/email/confirm").param("token", "forged")).andExpect(status().isGone());
        mvc.perform(get("/email/confirm")).andExpect(status().isGone());
        mvc.perform(get("/email/confirm").param("token", "x".repeat(5000))).andExpect(status().isGone());
        mvc.perform(get("/password/reset").param("token", "forged")).andExpect(status().isGone());
    }

    @Test
    void aResetLinkChangesThePasswordOnceAndChecksThePolicy() throws Exception {
        long id = data.resident("RESIDENT", "VERIFIED", null, null);
        String token = issue(id, TokenPurpose.PASSWORD_RESET, Instant.now());

        mvc.perform(post("/password/reset").param("token", token).param("password", "short").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("reset", "password", "account.password.tooShort"));

        mvc.perform(post("/password/reset").param("token", token).param("password", "les glycines du préau").with(csrf()))
                .andExpect(redirectedUrl("/login"));
        String hash = jdbc.queryForObject("select password_hash from resident where id = ?", String.class, id);
        assertThat(passwordEncoder.matches("les glycines du préau", hash)).isTrue();

        mvc.perform(post("/password/reset").param("token", token).param("password", "un autre mot de passe").with(csrf()))
                .andExpect(status().isGone());
    }

    @Test
    void aConfirmationTokenIsNoResetToken() throws Exception {
        long id = data.resident("RESIDENT", "VERIFIED", null, null);
        String token = issue(id, TokenPurpose.EMAIL_CONFIRMATION, Instant.now());
        mvc.perform(get("/password/reset").param("token", token)).andExpect(status().isGone());
    }

    @Test
    void forgotPasswordSaysTheSameForKnownAndUnknownEmailsAndValidates() throws Exception {
        mvc.perform(post("/password/forgot").param("email", "not-an-email").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("forgot", "email"))
                .andExpect(content().string(containsString("value=\"not-an-email\"")));
        mvc.perform(post("/password/forgot").param("email", "nobody-at-all@test.voisinage.test").with(csrf()))
                .andExpect(redirectedUrl("/login"));
    }

    private Instant confirmedAt(long id) {
        return jdbc.queryForObject("select email_confirmed_at from resident where id = ?", Instant.class, id);
    }
}
