package org.voisinage.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.notification.OutboxDelivery;
import org.voisinage.support.SessionCookies;
import org.voisinage.support.TestData;

/** The account page: name and language, password (current one required, other sessions end), email address. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class AccountSettingsTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    @Test
    void aNewPasswordNeedsTheCurrentOneAndEndsTheOtherSessionsOnly() throws Exception {
        long id = data.resident("RESIDENT", "VERIFIED", null, null);
        String email = data.emailOf(id);
        Cookie[] here = SessionCookies.signIn(mvc, email, "secret-password", false);
        Cookie[] elsewhere = SessionCookies.signIn(mvc, email, "secret-password", false);

        String refused = mvc.perform(post("/account/password").cookie(here).with(csrf())
                        .param("currentPassword", "not my password").param("password", "un tout nouveau secret"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Ce n’est pas votre mot de passe actuel.").doesNotContain("un tout nouveau secret");
        String weak = mvc.perform(post("/account/password").cookie(here).with(csrf())
                        .param("currentPassword", "secret-password").param("password", "short"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(weak).contains("Ce mot de passe est trop court");

        mvc.perform(post("/account/password").cookie(here).with(csrf())
                        .param("currentPassword", "secret-password").param("password", "un tout nouveau secret"))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/account").cookie(here)).andExpect(status().isOk());
        mvc.perform(get("/account").cookie(elsewhere)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/account").cookie(SessionCookies.signIn(mvc, email, "un tout nouveau secret", false)))
                .andExpect(status().isOk());
    }

    @Test
    void aNewEmailIsConfirmedByALinkSentToItAndTheOldOneIsTold() throws Exception {
        long id = data.resident("RESIDENT", "VERIFIED", null, null);
        String oldEmail = data.emailOf(id);
        String newEmail = TestData.unique("moved") + "@test.voisinage.test";
        Cookie[] browser = SessionCookies.signIn(mvc, oldEmail, "secret-password", false);

        // a wrong password: refused, the address typed comes back
        String refused = mvc.perform(post("/account/email").cookie(browser).with(csrf())
                        .param("email", newEmail).param("currentPassword", "wrong"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Ce n’est pas votre mot de passe actuel.").contains("value=\"" + newEmail + "\"");
        // another account's address: refused on the field
        String taken = mvc.perform(post("/account/email").cookie(browser).with(csrf())
                        .param("email", data.emailOf(data.resident("RESIDENT", "VERIFIED", null, null)))
                        .param("currentPassword", "secret-password"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(taken).contains("Cette adresse est déjà celle d’un autre compte.");

        mvc.perform(post("/account/email").cookie(browser).with(csrf())
                        .param("email", newEmail).param("currentPassword", "secret-password"))
                .andExpect(redirectedUrl("/account"));
        // nothing changes until the link is used; the token is stored hashed only
        assertThat(emailOf(id)).isEqualTo(oldEmail);
        Matcher link = Pattern.compile("/email/change\\?token=([A-Za-z0-9_-]+)")
                .matcher(OutboxDelivery.latestAsSentTo(context, newEmail).textBody());
        assertThat(link.find()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from account_token where token_hash = ?", Integer.class,
                link.group(1))).isZero();
        mvc.perform(get("/email/change").param("token", link.group(1))).andExpect(status().isOk());
        assertThat(emailOf(id)).isEqualTo(oldEmail);

        mvc.perform(post("/email/change").param("token", link.group(1)).with(csrf())).andExpect(redirectedUrl("/login"));
        assertThat(emailOf(id)).isEqualTo(newEmail);
        assertThat(OutboxDelivery.latestAsSentTo(context, oldEmail).textBody()).contains(newEmail);
        // the session signed in with the old address is over; the new address signs in
        mvc.perform(get("/account").cookie(browser)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/account").cookie(SessionCookies.signIn(mvc, newEmail, "secret-password", false)))
                .andExpect(status().isOk());
        // the link served once
        mvc.perform(post("/email/change").param("token", link.group(1)).with(csrf())).andExpect(status().isGone());
    }

    @Test
    void theNameAndLanguageAreSavedAndABlankNameIsRefusedWithTheFormFilled() throws Exception {
        long id = data.resident("RESIDENT", "VERIFIED", null, null);
        Cookie[] browser = SessionCookies.signIn(mvc, data.emailOf(id), "secret-password", false);
        String page = mvc.perform(get("/account").cookie(browser)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Ce que je suis").contains("action=\"/account/password\"")
                .contains("action=\"/account/email\"").contains("href=\"/compte/profil\"");

        String refused = mvc.perform(post("/account/name").cookie(browser).with(csrf())
                        .param("displayName", " ").param("language", "EN"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Ce champ est obligatoire.");

        mvc.perform(post("/account/name").cookie(browser).with(csrf())
                .param("displayName", "Camille R.").param("language", "EN")).andExpect(redirectedUrl("/account"));
        assertThat(jdbc.queryForMap("select display_name, locale from resident where id = ?", id))
                .containsEntry("display_name", "Camille R.").containsEntry("locale", "en");
    }

    private String emailOf(long id) {
        return jdbc.queryForObject("select email from resident where id = ?", String.class, id);
    }
}
