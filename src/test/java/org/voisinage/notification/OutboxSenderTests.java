package org.voisinage.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.voisinage.notification.OutboxTests.testEmail;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.voisinage.notification.internal.MailSettings;
import org.voisinage.support.MailTestSupport;
import org.voisinage.support.TestData;

/**
 * Delivery through a real SMTP server (GreenMail). This is the one test context with {@code spring.mail.host}
 * set; its scheduled run is pushed a day away so that the tests call the sender themselves. The database is
 * shared with other test classes: the sender may also deliver their queued emails, so the assertions look at
 * this test's own recipients only.
 */
class OutboxSenderTests extends MailTestSupport {

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxSender sender;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    MailSettings settings;

    @Autowired
    OutboxHealthIndicator health;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Autowired
    TestData data;

    static String someone() {
        return "sender-" + UUID.randomUUID() + "@example.org";
    }

    @Test
    void deliversMultipartTextAndHtmlWithItsMessageIdAndHeadersInTheRecipientsLanguage() throws Exception {
        String french = someone();
        String english = someone();
        outbox.queue(testEmail(french, Locale.FRENCH).messageId("welcome-" + UUID.randomUUID())
                .header("List-Unsubscribe", "<http://localhost:8080/unsubscribe/42>"));
        outbox.queue(testEmail(english, Locale.ENGLISH));

        sender.sendDue();

        MimeMessage fr = onlyMessageTo(french);
        OutboxMessage stored = outbox.latestTo(french).orElseThrow();
        assertThat(fr.getSubject()).isEqualTo("E-mail de test de Voisinage");
        assertThat(fr.getMessageID()).isEqualTo(stored.messageId()).endsWith("@localhost>").startsWith("<welcome-");
        assertThat(fr.getHeader("List-Unsubscribe", null)).isEqualTo("<http://localhost:8080/unsubscribe/42>");
        assertThat(fr.getHeader("Content-Language", null)).isEqualTo("fr");
        assertThat(fr.getFrom()[0].toString()).isEqualTo("Voisinage <no-reply@voisinage.localhost>");
        assertThat(fr.getContentType()).startsWith("multipart/alternative");
        MimeMultipart parts = (MimeMultipart) fr.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        BodyPart text = parts.getBodyPart(0);
        BodyPart html = parts.getBodyPart(1);
        assertThat(text.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat((String) text.getContent()).contains("Cet e-mail de test adressé à " + french);
        assertThat(html.getContentType()).startsWith("text/html");
        assertThat((String) html.getContent()).contains("<html lang=\"fr\"", "Bonjour,");

        assertThat(stored.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(stored.sentAt()).isNotNull();
        assertThat(stored.attempts()).isEqualTo(1);

        MimeMessage en = onlyMessageTo(english);
        assertThat(en.getSubject()).isEqualTo("Voisinage test email");
        assertThat(en.getMessageID()).isEqualTo(outbox.latestTo(english).orElseThrow().messageId());
        assertThat(en.getHeader("List-Unsubscribe")).isNull();
    }

    @Test
    void aFailedAttemptIsCountedAndRetriedLaterUntilTheServerIsBack() throws Exception {
        String to = someone();
        outbox.queue(testEmail(to, Locale.FRENCH));
        smtp.stop();

        Instant beforeAttempt = Instant.now();
        sender.sendDue();

        OutboxMessage failed = outbox.latestTo(to).orElseThrow();
        assertThat(failed.status()).isEqualTo(OutboxStatus.QUEUED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isNotBlank();
        assertThat(failed.nextAttemptAt()).isAfter(beforeAttempt.plus(Duration.ofSeconds(59)));
        // nothing is lost, and the health says the outbox is late (staff see which part, anonymous callers the status)
        var degraded = health.health();
        assertThat(degraded.getStatus()).isEqualTo(OutboxHealthIndicator.DEGRADED);
        long retrying = (Long) degraded.getDetails().get("retrying");
        var staff = data.user(data.resident("STAFF", "VERIFIED", null, null));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/actuator/health")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(staff)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                        "$.components.outbox.status").value("DEGRADED"));

        smtp.start();
        sender.sendDue();
        assertThat(outbox.latestTo(to).orElseThrow().status()).as("not due yet").isEqualTo(OutboxStatus.QUEUED);
        assertThat(smtp.getReceivedMessagesForDomain(to)).isEmpty();

        // a minute later
        jdbc.update("update outbox_email set next_attempt_at = now() - interval '1 second' where id = ?", failed.id());
        sender.sendDue();

        OutboxMessage sent = outbox.latestTo(to).orElseThrow();
        assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.lastError()).isNull();
        assertThat(onlyMessageTo(to).getMessageID()).isEqualTo(sent.messageId());
        assertThat((Long) health.health().getDetails().get("retrying")).isEqualTo(retrying - 1);
    }

    @Test
    void afterTheLastAttemptTheEmailFails() {
        String to = someone();
        outbox.queue(testEmail(to, Locale.ENGLISH));
        long id = outbox.latestTo(to).orElseThrow().id();
        jdbc.update("update outbox_email set attempts = 7 where id = ?", id);
        smtp.stop();

        sender.sendDue();

        OutboxMessage failed = outbox.get(id);
        assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(8);
        assertThat(failed.nextAttemptAt()).isNull();
        assertThat(failed.lastError()).isNotBlank();
    }

    @Test
    void anEmailLockedByAnotherSenderIsSkippedNotWaitedFor() throws Exception {
        String locked = someone();
        String free = someone();
        outbox.queue(testEmail(locked, Locale.FRENCH));
        outbox.queue(testEmail(free, Locale.FRENCH));
        long lockedId = outbox.latestTo(locked).orElseThrow().id();

        transaction.executeWithoutResult(status -> {
            // another instance holds this row in its claim transaction
            jdbc.queryForObject("select id from outbox_email where id = ? for update", Long.class, lockedId);
            CompletableFuture.runAsync(sender::sendDue).orTimeout(30, TimeUnit.SECONDS).join();
        });

        assertThat(outbox.get(lockedId).status()).isEqualTo(OutboxStatus.QUEUED);
        assertThat(outbox.get(lockedId).attempts()).isZero();
        assertThat(smtp.getReceivedMessagesForDomain(locked)).isEmpty();
        assertThat(outbox.latestTo(free).orElseThrow().status()).isEqualTo(OutboxStatus.SENT);

        sender.sendDue();
        assertThat(outbox.get(lockedId).status()).isEqualTo(OutboxStatus.SENT);
        assertThat(smtp.getReceivedMessagesForDomain(locked)).hasSize(1);
    }

    @Test
    void anAbandonedClaimIsTakenAgainOnceItExpires() throws Exception {
        String to = someone();
        outbox.queue(testEmail(to, Locale.FRENCH));
        long id = outbox.latestTo(to).orElseThrow().id();
        // a sender claimed it and died before recording the outcome
        jdbc.update("update outbox_email set status = 'SENDING', attempts = 1, "
                + "next_attempt_at = now() + interval '10 minutes' where id = ?", id);
        sender.sendDue();
        assertThat(outbox.get(id).status()).isEqualTo(OutboxStatus.SENDING);

        jdbc.update("update outbox_email set next_attempt_at = now() - interval '1 second' where id = ?", id);
        sender.sendDue();
        assertThat(outbox.get(id).status()).isEqualTo(OutboxStatus.SENT);
        assertThat(outbox.get(id).attempts()).isEqualTo(2);
        assertThat(onlyMessageTo(to)).isNotNull();
    }

    @Test
    void moreThanABatchGoesOutInOneRunOverSeveralConnectionsEachEmailOnce() throws Exception {
        assertThat(settings.connections()).isGreaterThan(1);
        int count = settings.batchSize() + settings.batchSize() / 2;
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            recipients.add(someone());
            outbox.queue(testEmail(recipients.get(i), Locale.FRENCH));
        }

        sender.sendDue();

        for (String to : recipients) {
            OutboxMessage sent = outbox.latestTo(to).orElseThrow();
            assertThat(sent.status()).as("status of the email to %s", to).isEqualTo(OutboxStatus.SENT);
            assertThat(sent.attempts()).isEqualTo(1);
            assertThat(onlyMessageTo(to).getMessageID()).isEqualTo(sent.messageId());
        }
    }

    @Test
    void anEmailThatCannotBeSentFailsAloneTheRestOfTheBatchIsSent() throws Exception {
        String before = someone();
        String after = someone();
        outbox.queue(testEmail(before, Locale.FRENCH));
        // not an address the sender can write (queue() would refuse it): its message cannot be built
        long broken = jdbc.queryForObject("""
                insert into outbox_email (recipient, locale, subject, body_text, body_html, message_id, status,
                    next_attempt_at)
                values ('broken@@example.org', 'fr', 'Sujet', 'texte', '<p>html</p>', ?, 'QUEUED', now())
                returning id""", Long.class, "<" + UUID.randomUUID() + "@localhost>");
        outbox.queue(testEmail(after, Locale.FRENCH));

        sender.sendDue();

        OutboxMessage failed = outbox.get(broken);
        assertThat(failed.status()).isEqualTo(OutboxStatus.QUEUED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isNotBlank();
        assertThat(outbox.latestTo(before).orElseThrow().status()).isEqualTo(OutboxStatus.SENT);
        assertThat(outbox.latestTo(after).orElseThrow().status()).isEqualTo(OutboxStatus.SENT);
        assertThat(onlyMessageTo(before)).isNotNull();
        assertThat(onlyMessageTo(after)).isNotNull();
        // out of the way of the other tests' runs
        jdbc.update("update outbox_email set status = 'FAILED', next_attempt_at = null where id = ?", broken);
    }

    private static MimeMessage onlyMessageTo(String recipient) {
        MimeMessage[] received = smtp.getReceivedMessagesForDomain(recipient);
        assertThat(received).as("emails received by %s", recipient).hasSize(1);
        return received[0];
    }
}
