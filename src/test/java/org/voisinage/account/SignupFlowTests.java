package org.voisinage.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.voisinage.directory.AddressImports;
import org.voisinage.notification.Outbox;
import org.voisinage.notification.OutboxDelivery;
import org.voisinage.support.TestData;

/** Signup on the real database: directory match, neighbourhood placement, waitlist, emails, household cap. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class SignupFlowTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired AddressImports imports;
    @Autowired Outbox outbox;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;

    String postcode;
    String prefix;
    long neighbourhood;

    /** A fresh town far from the other tests' perimeters: two streets inside a neighbourhood, one outside. */
    @BeforeEach
    void town() {
        postcode = String.valueOf(ThreadLocalRandom.current().nextInt(10_000, 99_999));
        prefix = TestData.unique("a");
        double lon = ThreadLocalRandom.current().nextDouble(-120, -60);
        double lat = ThreadLocalRandom.current().nextDouble(-50, 50);
        neighbourhood = data.neighbourhood(data.territory(), lon, lat, lon + 0.01, lat + 0.01);
        StringBuilder csv = new StringBuilder("id;numero;rep;nom_voie;code_postal;code_insee;nom_commune;lon;lat\n");
        for (int n = 1; n <= 20; n++) {
            csv.append(line(prefix + "_t_" + n, n, "Rue des Tilleuls", lon + 0.001 * (n % 9 + 1) / 2, lat + 0.004));
            csv.append(line(prefix + "_g_" + n, n, "Avenue du Général Leclerc", lon + 0.005, lat + 0.001 * (n % 9 + 1)));
            csv.append(line(prefix + "_o_" + n, n, "Chemin des Prés", lon + 0.05, lat + 0.05));
        }
        var report = imports.importStream(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                "signup-test.csv", "test");
        assertThat(report.rowsRejected()).isZero();
    }

    private String line(String id, int number, String street, double lon, double lat) {
        return "%s;%d;;%s;%s;99999;Testville;%s;%s\n".formatted(id, number, street, postcode, lon, lat);
    }

    @Test
    void theAddressStepExplainsEachMistakeAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/signup").param("number", "").param("street", "Rue X").param("postcode", "75O12")
                        .param("town", "").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("address", "number", "postcode", "town"))
                .andExpect(model().attributeHasFieldErrorCode("address", "postcode", "Pattern"))
                .andExpect(content().string(containsString("value=\"75O12\"")))
                .andExpect(content().string(containsString("5 chiffres")));
    }

    @Test
    void anExactAddressLeadsToItsNeighbourhoodEvenWithAbbreviationsAndAccentsAside() throws Exception {
        mvc.perform(address("12", "av du general leclerc"))
                .andExpect(redirectedUrl("/signup/account?address=" + prefix + "_g_12"));
        mvc.perform(get("/signup/account").param("address", prefix + "_g_12"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rejoindre Quartier")));
    }

    @Test
    void aMisspeltStreetGetsSuggestionsAndAnUnknownOneAClearError() throws Exception {
        mvc.perform(address("3", "Rue des Tileuls"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("3 Rue des Tilleuls, " + postcode + " Testville")));
        mvc.perform(address("3", "Boulevard Inexistant Totalement"))
                .andExpect(model().attributeHasFieldErrorCode("address", "street", "account.address.notFound"));
    }

    @Test
    void signingUpMakesAPendingResidentAndEmailsASingleUseConfirmationLink() throws Exception {
        String email = TestData.unique("new") + "@test.voisinage.test";
        mvc.perform(account(prefix + "_t_4", "Camille", email, "short"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("account", "password", "account.password.tooShort"))
                .andExpect(content().string(containsString("value=\"" + email + "\"")))
                .andExpect(content().string(not(containsString("value=\"short\""))));
        mvc.perform(account(prefix + "_t_4", "Camille", "not-an-email", "un mot de passe bien long"))
                .andExpect(model().attributeHasFieldErrors("account", "email"));

        mvc.perform(account(prefix + "_t_4", "Camille", email.toUpperCase(), "un mot de passe bien long"))
                .andExpect(redirectedUrl("/signup/check-email"));
        assertThat(jdbc.queryForMap("select status, neighbourhood_id, street_label from resident where email = ?", email))
                .containsEntry("status", "PENDING").containsEntry("neighbourhood_id", neighbourhood)
                .containsEntry("street_label", "Rue des Tilleuls");

        String text = OutboxDelivery.latestAsSentTo(context, email).textBody();
        Matcher link = Pattern.compile("/email/confirm\\?token=([A-Za-z0-9_-]+)").matcher(text);
        assertThat(link.find()).as(text).isTrue();
        mvc.perform(post("/email/confirm").param("token", link.group(1)).with(csrf())).andExpect(redirectedUrl("/login"));
        assertThat(jdbc.queryForObject("select email_confirmed_at is not null from resident where email = ?", Boolean.class, email)).isTrue();
    }

    @Test
    void aLongPasswordSignsUpHashedWithArgon2idAndOnePastTheMaximumGetsAMessage() throws Exception {
        String email = TestData.unique("long") + "@test.voisinage.test";
        mvc.perform(account(prefix + "_t_6", "Camille", email, "x".repeat(129)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("account", "password", "account.password.tooLong"))
                .andExpect(content().string(containsString("value=\"" + email + "\"")));
        mvc.perform(account(prefix + "_t_6", "Camille", email, PasswordHashingTests.LONG))
                .andExpect(redirectedUrl("/signup/check-email"));
        assertThat(jdbc.queryForObject("select password_hash from resident where email = ?", String.class, email))
                .startsWith("{argon2}$argon2id$");
    }

    @Test
    void aSecondSignupWithTheSameEmailLooksTheSameAndWarnsTheOwner() throws Exception {
        long existing = data.resident("RESIDENT", "VERIFIED", null, null);
        String email = data.emailOf(existing);
        mvc.perform(account(prefix + "_t_5", "Intruder", email, "un mot de passe bien long"))
                .andExpect(redirectedUrl("/signup/check-email"));
        assertThat(jdbc.queryForObject("select count(*) from resident where email = ?", Long.class, email)).isOne();
        assertThat(jdbc.queryForObject("select display_name from resident where email = ?", String.class, email))
                .doesNotContain("Intruder");
        assertThat(outbox.latestTo(email).orElseThrow().subject()).contains("inscription");
    }

    /** Issue 10, weakness 7: a signup emails the address typed, so it is limited per recipient, account or not. */
    @Test
    void signupsWithAnExistingOrANewEmailLookAlikeAndAFourthWithinTheHourIsRefusedWithTheFormKept() throws Exception {
        String existing = data.emailOf(data.resident("RESIDENT", "VERIFIED", null, null));
        String fresh = TestData.unique("new") + "@test.voisinage.test";
        var forExisting = mvc.perform(account(prefix + "_t_6", "Intruder", existing, "un mot de passe bien long"))
                .andExpect(redirectedUrl("/signup/check-email")).andReturn();
        var forNew = mvc.perform(account(prefix + "_t_6", "Camille", fresh, "un mot de passe bien long"))
                .andExpect(redirectedUrl("/signup/check-email")).andReturn();
        assertThat(forExisting.getFlashMap().keySet()).isEqualTo(forNew.getFlashMap().keySet());

        for (int i = 0; i < 2; i++) {
            mvc.perform(account(prefix + "_t_6", "Intruder", existing, "un mot de passe bien long"))
                    .andExpect(redirectedUrl("/signup/check-email"));
        }
        mvc.perform(account(prefix + "_t_6", "Intruder Quatre", existing, "un mot de passe bien long"))
                .andExpect(status().isTooManyRequests())
                .andExpect(model().attributeHasFieldErrorCode("account", "email", "common.tooManyEmails"))
                .andExpect(content().string(containsString("value=\"Intruder Quatre\"")))
                .andExpect(content().string(containsString("value=\"" + existing + "\"")));
        assertThat(jdbc.queryForObject("select count(*) from outbox_email where recipient = ?", Long.class, existing))
                .as("no email beyond the limit").isEqualTo(3);
    }

    @Test
    void anAddressOutsideEveryNeighbourhoodGoesToTheWaitlistCountedForStaff() throws Exception {
        mvc.perform(get("/signup/account").param("address", prefix + "_o_2"))
                .andExpect(content().string(containsString("pas encore sur Voisinage")));
        mvc.perform(post("/signup/waitlist").param("addressId", prefix + "_o_2").param("displayName", "Lou")
                        .param("email", "").with(csrf()))
                .andExpect(model().attributeHasFieldErrors("waitlist", "email"));
        String email = TestData.unique("wait") + "@test.voisinage.test";
        mvc.perform(post("/signup/waitlist").param("addressId", prefix + "_o_2").param("displayName", "Lou")
                        .param("email", email).with(csrf()))
                .andExpect(redirectedUrl("/signup/waitlisted"));
        mvc.perform(account(prefix + "_o_2", "Lou", email, "un mot de passe bien long"))
                .andExpect(redirectedUrl("/signup/account?address=" + prefix + "_o_2"));
        assertThat(jdbc.queryForObject("select count(*) from resident where email = ?", Long.class, email)).isZero();

        long staff = data.resident("STAFF", "VERIFIED", null, null);
        mvc.perform(get("/admin/waitlist").with(user(data.user(staff))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(postcode)));
    }

    @Test
    void aSeventhAccountAtOneAddressIsToldToContactStaff() throws Exception {
        String addressId = prefix + "_t_9";
        for (int i = 0; i < 6; i++) {
            data.resident("RESIDENT", "VERIFIED", neighbourhood, addressId);
        }
        mvc.perform(get("/signup/account").param("address", addressId))
                .andExpect(content().string(containsString("nombre maximal de comptes vérifiés")));
        String email = TestData.unique("seventh") + "@test.voisinage.test";
        mvc.perform(account(addressId, "Seventh", email, "un mot de passe bien long"))
                .andExpect(status().isConflict())
                .andExpect(model().attributeHasFieldErrorCode("account", "flat", "account.signup.household.full"));
        assertThat(jdbc.queryForObject("select count(*) from resident where email = ?", Long.class, email)).isZero();
    }

    @Test
    void aTamperedAddressIdSendsBackToTheFirstStep() throws Exception {
        mvc.perform(get("/signup/account").param("address", "no-such-address")).andExpect(redirectedUrl("/signup"));
        mvc.perform(get("/signup/account")).andExpect(redirectedUrl("/signup"));
        mvc.perform(account("no-such-address", "X", "x@test.voisinage.test", "un mot de passe bien long"))
                .andExpect(redirectedUrl("/signup"));
    }

    private MockHttpServletRequestBuilder address(String number, String street) {
        return post("/signup").param("number", number).param("street", street).param("postcode", postcode)
                .param("town", "Testville").with(csrf());
    }

    private MockHttpServletRequestBuilder account(String addressId, String name, String email, String password) {
        return post("/signup/account").param("addressId", addressId).param("displayName", name).param("email", email)
                .param("password", password).param("flat", "").param("memberNumber", "").with(csrf());
    }
}
