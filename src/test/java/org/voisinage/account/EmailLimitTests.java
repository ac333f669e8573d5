package org.voisinage.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.voisinage.support.TestData;

/**
 * Issue 10, weakness 7: forms that send an email without an account are limited per recipient (and per client,
 * see ClientAddressLimitsTests), in the database; the answer never tells whether an address has an account.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class EmailLimitTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aPasswordResetAnswersAndWorksAlikeWhetherOrNotTheAddressHasAnAccount() throws Exception {
        String registered = data.emailOf(data.resident("RESIDENT", "VERIFIED", null, null));
        String unknown = TestData.unique("nobody") + "@test.voisinage.test";

        MvcResult forRegistered = mvc.perform(forgot(registered)).andExpect(redirectedUrl("/login"))
                .andExpect(flash().attribute("success", "account.reset.sent")).andReturn();
        MvcResult forUnknown = mvc.perform(forgot(unknown)).andExpect(redirectedUrl("/login"))
                .andExpect(flash().attribute("success", "account.reset.sent")).andReturn();
        assertThat((Object) forUnknown.getFlashMap()).isEqualTo(forRegistered.getFlashMap());
        assertThat(forUnknown.getResponse().getStatus()).isEqualTo(forRegistered.getResponse().getStatus());

        // the same work either way: one email queued, a link or a note that the address has no account
        assertThat(emailsTo(registered)).isOne();
        assertThat(emailsTo(unknown)).isOne();
    }

    @Test
    void aFourthResetWithinTheHourIsRefusedWithTheFormKeptAndNothingSent() throws Exception {
        for (String email : new String[] {data.emailOf(data.resident("RESIDENT", "VERIFIED", null, null)),
                TestData.unique("nobody") + "@test.voisinage.test"}) {
            for (int i = 0; i < 3; i++) {
                mvc.perform(forgot(email)).andExpect(redirectedUrl("/login"));
            }
            mvc.perform(forgot(email.toUpperCase()))
                    .andExpect(status().isTooManyRequests())
                    .andExpect(model().attributeHasFieldErrorCode("forgot", "email", "common.tooManyEmails"))
                    .andExpect(content().string(containsString("Rien n’a été envoyé")))
                    .andExpect(content().string(containsString("value=\"" + email.toUpperCase() + "\"")));
            assertThat(emailsTo(email)).as("no email beyond the limit").isEqualTo(3);
        }
    }

    @Test
    void aFourthAppealWithinTheHourIsRefusedWithTheTextKept() throws Exception {
        String email = data.emailOf(data.resident("RESIDENT", "VERIFIED", null, null));
        for (int i = 0; i < 3; i++) {
            mvc.perform(appeal(email, "Je conteste la suspension " + i)).andExpect(redirectedUrl("/recours"));
        }
        mvc.perform(appeal(email, "Je conteste encore la suspension"))
                .andExpect(status().isTooManyRequests())
                .andExpect(model().attributeHasFieldErrorCode("appeal", "email", "common.tooManyEmails"))
                .andExpect(content().string(containsString("Je conteste encore la suspension")));
    }

    private long emailsTo(String email) {
        return jdbc.queryForObject("select count(*) from outbox_email where lower(recipient) = lower(?)", Long.class, email);
    }

    private static MockHttpServletRequestBuilder forgot(String email) {
        return post("/password/forgot").param("email", email).with(csrf());
    }

    private static MockHttpServletRequestBuilder appeal(String email, String text) {
        return post("/recours").param("email", email).param("text", text).with(csrf());
    }
}
