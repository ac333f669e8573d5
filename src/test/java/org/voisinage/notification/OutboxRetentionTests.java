package org.voisinage.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.support.MailTestSupport;
import org.voisinage.support.TestData;

/** Sent emails keep their bodies for voisinage.mail.sent-retention (7 days by default), then lose them. */
class OutboxRetentionTests extends MailTestSupport {

    @Autowired Outbox outbox;
    @Autowired OutboxRetention retention;
    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    @Test
    void theSecretsGoWhenSentAndTheBodiesAfterTheRetention() throws Exception {
        String to = TestData.unique("retention") + "@example.org";
        outbox.queue(Email.to(to, Locale.FRENCH, "notification/email/test", "email.test.subject")
                .with("recipient", to).with("baseUrl", "https://voisins.example/s3cr3t-t0ken-0123456789")
                .secret("s3cr3t-t0ken-0123456789"));
        long id = outbox.latestTo(to).orElseThrow().id();
        assertThat(jdbc.queryForObject("select sealed_secrets is not null from outbox_email where id = ?", Boolean.class, id))
                .as("kept encrypted until sent").isTrue();

        OutboxDelivery.sendDue(context);
        assertThat(smtp.getReceivedMessagesForDomain(to)).hasSize(1);
        assertThat(jdbc.queryForMap("select status, sealed_secrets from outbox_email where id = ?", id))
                .containsEntry("status", "SENT").containsEntry("sealed_secrets", null);

        retention.eraseExpiredBodies();
        assertThat(outbox.get(id).textBody()).as("within the retention").isNotEmpty();

        jdbc.update("update outbox_email set sent_at = now() - interval '8 days' where id = ?", id);
        assertThat(retention.eraseExpiredBodies()).isPositive();
        Map<String, Object> row = jdbc.queryForMap(
                "select body_text, body_html, headers, bodies_erased_at from outbox_email where id = ?", id);
        assertThat(row).containsEntry("body_text", "").containsEntry("body_html", "").containsEntry("headers", "");
        assertThat(row.get("bodies_erased_at")).isNotNull();
        mvc.perform(get("/admin/outbox/" + id).with(user(data.user(data.resident("STAFF", "VERIFIED", null, null)))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("a été effacé")));
    }
}
