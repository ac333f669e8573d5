package org.voisinage.notification;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;
import org.voisinage.notification.internal.EmailSecrets;
import org.voisinage.notification.internal.HeaderLines;
import org.voisinage.notification.internal.MailSettings;
import org.voisinage.notification.internal.SmtpConnections;

/**
 * Delivers the outbox. Each run claims a batch of due emails in a short transaction (SKIP LOCKED: two
 * instances never claim the same email) and commits the claim, then sends the batch over a few SMTP connections
 * in parallel with no transaction open, and records the outcomes in another short transaction: one UPDATE for
 * all the emails sent, the failures one by one (they are rare, and each has its own backoff). A sender that dies
 * mid-batch leaves its claims to expire; those emails are sent again: delivery is at least once, and the stored
 * Message-ID lets a receiver recognise a duplicate.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxEmailRepository emails;
    private final EmailSecrets secrets;
    private final JavaMailSenderImpl mailSender;
    private final SmtpConnections smtp;
    private final MailSettings settings;
    private final TransactionTemplate transaction;
    private final InternetAddress from;

    /**
     * Boot's {@link MailProperties} exist only once {@code spring.mail.host} (or a JNDI session) configured a mail
     * sender; without a host, no email leaves the outbox even if a mail sender bean exists.
     */
    OutboxSender(OutboxEmailRepository emails, EmailSecrets secrets, ObjectProvider<JavaMailSenderImpl> mailSender,
            ObjectProvider<MailProperties> mail, MailSettings settings, PlatformTransactionManager transactionManager) {
        this.emails = emails;
        this.secrets = secrets;
        MailProperties server = mail.getIfAvailable();
        this.mailSender = server != null && StringUtils.hasText(server.getHost()) ? mailSender.getIfAvailable() : null;
        this.smtp = this.mailSender == null ? null : new SmtpConnections(this.mailSender, settings.connections());
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactionManager);
        try {
            this.from = new InternetAddress(settings.from(), true);
            if (from.getPersonal() != null) {
                from.setPersonal(from.getPersonal(), "UTF-8");
            }
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalArgumentException("voisinage.mail.from is not an email address: " + settings.from(), e);
        }
    }

    /** False in demo mode: no SMTP server configured, emails stay in the outbox (their secrets masked). */
    boolean isEnabled() {
        return mailSender != null;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        if (!isEnabled()) {
            log.info("No SMTP server configured (spring.mail.host): emails are kept in the outbox, their links "
                    + "masked; to follow them, send to a mail catcher (README: Mailpit)");
        }
    }

    @PreDestroy
    void stop() {
        if (smtp != null) {
            smtp.close();
        }
    }

    /** {@link #sendDue()} every interval. Initial delay: nothing is sent while the application starts. */
    @Scheduled(fixedDelayString = "${voisinage.mail.send-interval:PT5S}",
            initialDelayString = "${voisinage.mail.send-interval:PT5S}")
    // one instance sends at a time, the lock given back when the run ends; a run longer than lockAtMostFor lets
    // another instance start too, which SKIP LOCKED keeps apart (as it does a delivery run by hand)
    @SchedulerLock(name = "outbox-sender", lockAtMostFor = "PT15M")
    void sendDueOnSchedule() {
        sendDue();
    }

    /**
     * Sends everything due, batch after batch without pausing while batches come full (a digest of thousands
     * drains in one run).
     */
    void sendDue() {
        if (!isEnabled()) {
            return;
        }
        List<OutboxEmail> batch;
        do {
            batch = claimBatch();
            if (!batch.isEmpty()) {
                deliver(batch);
            }
        } while (batch.size() == settings.batchSize());
    }

    /** The claim commits before any SMTP traffic; the emails returned are detached copies. */
    private List<OutboxEmail> claimBatch() {
        return transaction.execute(status -> {
            Instant now = Instant.now();
            List<OutboxEmail> due = emails.lockDue(now, settings.batchSize());
            due.forEach(email -> email.claim(now.plus(settings.claimTimeout())));
            return due;
        });
    }

    /**
     * The batch over the SMTP connections. The outcome of each email is recorded: a refused recipient fails its
     * email only, a broken connection the email it was sending (the others carry on with the rest), and what no
     * connection could send fails with the reason.
     */
    private void deliver(List<OutboxEmail> batch) {
        Map<Long, String> failures = new HashMap<>();
        // MimeMessage keeps Object's identity equality; insertion order is the sending order
        Map<MimeMessage, OutboxEmail> messages = new LinkedHashMap<>();
        for (OutboxEmail email : batch) {
            try {
                messages.put(toMime(email), email);
            } catch (MessagingException | RuntimeException e) {
                failures.put(email.getId(), e.toString());
            }
        }
        if (!messages.isEmpty()) {
            SmtpConnections.Outcome outcome = smtp.send(List.copyOf(messages.keySet()));
            outcome.failures().forEach((message, cause) -> failures.put(messages.get(message).getId(), cause));
        }
        batch.stream().filter(email -> failures.containsKey(email.getId())).forEach(email -> log.warn(
                "Email {} to {} not sent (attempt {}): {}", email.getMessageId(), email.getRecipient(),
                email.getAttempts(), failures.get(email.getId())));
        recordOutcomes(batch, failures);
    }

    private void recordOutcomes(List<OutboxEmail> batch, Map<Long, String> failures) {
        List<Long> sent = batch.stream().map(OutboxEmail::getId).filter(id -> !failures.containsKey(id)).toList();
        transaction.executeWithoutResult(status -> {
            Instant now = Instant.now();
            if (!sent.isEmpty()) {
                emails.markSent(sent, now);
            }
            if (!failures.isEmpty()) {
                for (OutboxEmail email : emails.findAllById(failures.keySet())) {
                    email.failed(failures.get(email.getId()), now, settings.maxAttempts());
                }
            }
        });
    }

    private MimeMessage toMime(OutboxEmail email) throws MessagingException {
        String messageId = email.getMessageId();
        MimeMessage mime = new MimeMessage(mailSender.getSession()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                // keep the Message-ID chosen when the email was queued, across retries and duplicates
                setHeader("Message-ID", messageId);
            }
        };
        mime.setFrom(from);
        mime.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(email.getRecipient(), true));
        mime.setSubject(email.getSubject(), "UTF-8");
        mime.setSentDate(new Date());
        mime.setHeader("Content-Language", email.getLocale().toLanguageTag());
        // the secrets, kept encrypted until now, go into the message; the row forgets them once it is sent
        String sealed = email.getSealedSecrets();
        for (var header : HeaderLines.parse(secrets.unseal(email.getHeaders(), sealed, messageId)).entrySet()) {
            mime.setHeader(header.getKey(), encode(header.getKey(), header.getValue()));
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(secrets.unseal(email.getBodyText(), sealed, messageId), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(secrets.unseal(email.getBodyHtml(), sealed, messageId), "UTF-8", "html");
        // the simplest first: clients that can, show the last alternative (HTML)
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(text);
        alternatives.addBodyPart(html);
        mime.setContent(alternatives);
        // once, here: the SMTP connections send the message as it is
        mime.saveChanges();
        return mime;
    }

    private static String encode(String name, String value) {
        try {
            return MimeUtility.fold(name.length() + 2, MimeUtility.encodeText(value, "UTF-8", null));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
