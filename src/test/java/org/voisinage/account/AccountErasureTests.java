package org.voisinage.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.messaging.ConversationStarting;
import org.voisinage.support.SessionCookies;
import org.voisinage.support.TestData;

/**
 * Deleting an account: confirmed by the password, personal data erased, what the person wrote to others shown as a
 * former neighbour's, sessions ended, no sign-in any more, the member register untouched; staff on request, audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class AccountErasureTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired ConversationStarting conversations;

    @Test
    void aDeletedAccountsMessagesAreShownAsAFormerNeighboursAndThePersonCannotSignIn() throws Exception {
        long neighbourhood = data.neighbourhoodSomewhereIn(data.territory(), -60, 60, -40, 40);
        long alice = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        long bob = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        String aliceEmail = data.emailOf(alice);
        String aliceName = jdbc.queryForObject("select display_name from resident where id = ?", String.class, alice);
        String memberNumber = TestData.unique("M").toUpperCase();
        jdbc.update("update resident set member_number = ?, street_label = 'Rue des Lilas', flat = 'B 3' where id = ?",
                memberNumber, alice);
        jdbc.update("""
                insert into member_register_entry (member_number, name, number, street, postcode, town, address_id, imported_at)
                values (?, 'Alice', '14', 'Rue des Lilas', '69100', 'Villeurbanne', 'addr', now())""", memberNumber);
        jdbc.update("insert into profile_settings (resident_id, listed, skills) values (?, true, 'couture')", alice);
        String written = "Je laisse le vélo dans la cour " + TestData.unique("m");
        long conversation = conversations.start(alice, null, null, bob, written);

        Cookie[] browser = SessionCookies.signIn(mvc, aliceEmail, "secret-password", false);
        Cookie[] phone = SessionCookies.signIn(mvc, aliceEmail, "secret-password", false);
        String refused = mvc.perform(post("/account/delete").cookie(browser).with(csrf())
                        .param("currentPassword", "not my password"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Ce n’est pas votre mot de passe actuel.");
        assertThat(jdbc.queryForObject("select status from resident where id = ?", String.class, alice)).isEqualTo("VERIFIED");

        mvc.perform(post("/account/delete").cookie(browser).with(csrf()).param("currentPassword", "secret-password"))
                .andExpect(redirectedUrl("/"));

        // personal data erased; the row stays for what was written
        var row = jdbc.queryForMap("select * from resident where id = ?", alice);
        assertThat(row.get("status")).isEqualTo("ERASED");
        assertThat(row.get("email")).asString().doesNotContain(aliceEmail);
        assertThat(row.get("display_name")).isEqualTo("");
        assertThat(row.get("street_label")).isNull();
        assertThat(row.get("flat")).isNull();
        assertThat(row.get("member_number")).isNull();
        assertThat(jdbc.queryForObject("select count(*) from profile_settings where resident_id = ?", Integer.class, alice)).isZero();
        // the cooperative's register is not touched
        assertThat(jdbc.queryForObject("select count(*) from member_register_entry where member_number = ?", Integer.class,
                memberNumber)).isEqualTo(1);

        // sessions ended, and no sign-in with the old address and password
        mvc.perform(get("/account").cookie(phone)).andExpect(redirectedUrl("/login"));
        mvc.perform(formLogin("/login").user("email", aliceEmail).password("password", "secret-password"))
                .andExpect(redirectedUrl("/login?error"));

        // the message stays, signed "former neighbour"
        String page = mvc.perform(get("/messages/" + conversation).with(user(data.user(bob))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(written).contains("Ancien voisin").doesNotContain(aliceName);
    }

    @Test
    void staffDeleteAnAccountOnRequestWithAReasonAndItIsAudited() throws Exception {
        long neighbourhood = data.neighbourhoodSomewhereIn(data.territory(), -60, 60, -40, 40);
        long resident = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        long other = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        long staff = data.resident("STAFF", "VERIFIED", null, null);
        long otherStaff = data.resident("STAFF", "VERIFIED", null, null);

        mvc.perform(post("/admin/people/" + resident + "/erase").param("reason", "demande").with(csrf())
                .with(user(data.user(other)))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/people/" + resident + "/erase").param("reason", " ").with(csrf())
                .with(user(data.user(staff)))).andExpect(status().isUnprocessableContent());
        String refused = mvc.perform(post("/admin/people/" + otherStaff + "/erase").param("reason", "demande").with(csrf())
                        .with(user(data.user(staff))))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Seul un administrateur peut supprimer");

        mvc.perform(post("/admin/people/" + resident + "/erase").param("reason", "Lettre du 3 décembre").with(csrf())
                .with(user(data.user(staff)))).andExpect(redirectedUrl("/admin/people/" + resident));
        assertThat(jdbc.queryForObject("select status from resident where id = ?", String.class, resident)).isEqualTo("ERASED");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_trail where actor_id = ? and action = 'account.erase' and subject = ?
                and reason = 'Lettre du 3 décembre'""", Integer.class, staff, "resident:" + resident)).isEqualTo(1);
    }
}
