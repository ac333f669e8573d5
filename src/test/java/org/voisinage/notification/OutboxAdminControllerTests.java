package org.voisinage.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The staff pages of the outbox, in demo mode (no SMTP server configured in this context). People are
 * inserted before each test, so the security context is set up after that (TEST_EXECUTION).
 */
@SpringBootTest
@AutoConfigureMockMvc
class OutboxAdminControllerTests {

    static final String STAFF = "outbox-staff@example.org";
    static final String RESIDENT = "outbox-resident@example.org";

    @Autowired
    MockMvc mvc;

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void people() {
        for (String[] person : new String[][] {{STAFF, "STAFF"}, {RESIDENT, "RESIDENT"}}) {
            jdbc.update("""
                    insert into resident (email, display_name, password_hash, role, status, locale)
                    values (?, ?, '{argon2}unusable', ?, 'VERIFIED', 'en') on conflict (email) do nothing""",
                    person[0], person[1], person[1]);
        }
    }

    OutboxMessage queued() {
        String to = "admin-" + UUID.randomUUID() + "@example.org";
        outbox.queue(Email.to(to, Locale.ENGLISH, "notification/email/test", "email.test.subject")
                .with("recipient", to).header("List-Unsubscribe", "<http://localhost:8080/unsubscribe/1>"));
        return outbox.latestTo(to).orElseThrow();
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/admin/outbox")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    @WithUserDetails(value = RESIDENT, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void residentsAreRefused() throws Exception {
        mvc.perform(get("/admin/outbox")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/outbox/" + queued().id())).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails(value = STAFF, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void staffListTheOutboxAndLearnThatNothingIsSentInDemoMode() throws Exception {
        OutboxMessage email = queued();
        mvc.perform(get("/admin/outbox").param("q", email.recipient()).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No SMTP server configured")))
                .andExpect(content().string(containsString(email.recipient())))
                .andExpect(content().string(containsString("/admin/outbox/" + email.id())));
        mvc.perform(get("/admin/outbox").param("status", "FAILED").param("page", "-3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aucun serveur SMTP")));
    }

    @Test
    @WithUserDetails(value = STAFF, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void anUnknownStatusIsABadRequest() throws Exception {
        mvc.perform(get("/admin/outbox").param("status", "LOST")).andExpect(status().isBadRequest());
    }

    @Test
    @WithUserDetails(value = STAFF, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void staffReadAnEmailItsHeadersAndItsTextWithTheConfirmationLinks() throws Exception {
        OutboxMessage email = queued();
        mvc.perform(get("/admin/outbox/" + email.id()).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Voisinage test email")))
                .andExpect(content().string(containsString("List-Unsubscribe")))
                .andExpect(content().string(containsString("http://localhost:8080/admin/outbox")))
                .andExpect(content().string(containsString(email.messageId().replace("<", "&lt;").replace(">", "&gt;"))))
                .andExpect(content().string(containsString("/admin/outbox/" + email.id() + "/html")))
                .andExpect(content().string(not(containsString("Retry now"))));
    }

    @Test
    @WithUserDetails(value = STAFF, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void theHtmlVersionIsServedAloneInASandbox() throws Exception {
        OutboxMessage email = queued();
        mvc.perform(get("/admin/outbox/" + email.id() + "/html"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(header().string("Content-Security-Policy", OutboxAdminController.HTML_PREVIEW_POLICY))
                .andExpect(content().string(email.htmlBody()));
    }

    @Test
    @WithUserDetails(value = STAFF, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void anUnknownEmailIsNotFound() throws Exception {
        mvc.perform(get("/admin/outbox/987654321")).andExpect(status().isNotFound());
        mvc.perform(get("/admin/outbox/987654321/html")).andExpect(status().isNotFound());
        mvc.perform(post("/admin/outbox/987654321/retry").with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/admin/outbox/nope")).andExpect(status().isBadRequest());
    }

    @Test
    @WithUserDetails(value = STAFF, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void staffRetryAFailedEmailNow() throws Exception {
        OutboxMessage email = queued();
        jdbc.update("update outbox_email set status = 'FAILED', attempts = 8, next_attempt_at = null, "
                + "last_error = 'Connection refused' where id = ?", email.id());
        mvc.perform(get("/admin/outbox/" + email.id()).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Retry now")))
                .andExpect(content().string(containsString("Connection refused")));

        mvc.perform(post("/admin/outbox/" + email.id() + "/retry").with(csrf()))
                .andExpect(redirectedUrl("/admin/outbox/" + email.id()))
                .andExpect(flash().attribute("success", "notification.retry.done"));
        OutboxMessage retried = outbox.get(email.id());
        assertThat(retried.status()).isEqualTo(OutboxStatus.QUEUED);
        assertThat(retried.attempts()).isZero();
        assertThat(retried.nextAttemptAt()).isNotNull();

        jdbc.update("update outbox_email set status = 'SENT', sent_at = now() where id = ?", email.id());
        mvc.perform(post("/admin/outbox/" + email.id() + "/retry").with(csrf()))
                .andExpect(flash().attribute("error", "notification.retry.refused"));
        assertThat(outbox.get(email.id()).status()).isEqualTo(OutboxStatus.SENT);
    }

    @Test
    @WithUserDetails(value = STAFF, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void staffQueueATestEmailToThemselves() throws Exception {
        long before = outbox.latestTo(STAFF).map(OutboxMessage::id).orElse(0L);
        mvc.perform(post("/admin/outbox/test").with(csrf()).header("Accept-Language", "en"))
                .andExpect(redirectedUrl("/admin/outbox"))
                .andExpect(flash().attribute("success", "notification.test.queued"));
        OutboxMessage test = outbox.latestTo(STAFF).orElseThrow();
        assertThat(test.id()).isGreaterThan(before);
        assertThat(test.subject()).isEqualTo("Voisinage test email");
    }
}
