package org.voisinage.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
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
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;
import org.voisinage.notification.internal.HeaderLines;
import org.voisinage.notification.internal.MailSettings;

/**
 * Delivers the outbox. Each run claims a batch of due emails in a short transaction (SKIP LOCKED: two
 * instances never claim the same email) and commits the claim, then sends the batch over one SMTP connection
 * with no transaction open, and records the outcomes in another short transaction. A sender that dies mid-batch
 * leaves its claims to expire; those emails are sent again: delivery is at least once, and the stored
 * Message-ID lets a receiver recognise a duplicate.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxEmailRepository emails;
    private final JavaMailSender mailSender;
    private final MailSettings settings;
    private final TransactionTemplate transaction;
    private final InternetAddress from;

    OutboxSender(OutboxEmailRepository emails, ObjectProvider<JavaMailSender> mailSender,
            @Value("${spring.mail.host:}") String smtpHost, MailSettings settings,
            PlatformTransactionManager transactionManager) {
        this.emails = emails;
        this.mailSender = StringUtils.hasText(smtpHost) ? mailSender.getIfAvailable() : null;
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

    /** False in demo mode: no SMTP server configured, emails stay in the outbox for staff to read. */
    boolean isEnabled() {
        return mailSender != null;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        if (!isEnabled()) {
            log.info("No SMTP server configured (spring.mail.host): emails are kept in the outbox, "
                    + "staff read them at /admin/outbox");
        }
    }

    /** Sends everything due, batch after batch. Initial delay: nothing is sent while the application starts. */
    @Scheduled(fixedDelayString = "${voisinage.mail.send-interval:PT5S}",
            initialDelayString = "${voisinage.mail.send-interval:PT5S}")
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
     * One SMTP connection for the batch. The outcome of each email is recorded: JavaMail reports which
     * messages failed (a refused recipient fails its email only; a refused connection fails them all).
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
            try {
                mailSender.send(messages.keySet().toArray(MimeMessage[]::new));
            } catch (MailSendException e) {
                e.getFailedMessages().forEach((message, cause) -> {
                    OutboxEmail email = messages.get(message);
                    if (email != null) {
                        failures.put(email.getId(), cause.toString());
                    }
                });
                if (e.getFailedMessages().isEmpty()) {
                    messages.values().forEach(email -> failures.put(email.getId(), e.toString()));
                }
            } catch (RuntimeException e) {
                messages.values().forEach(email -> failures.put(email.getId(), e.toString()));
            }
        }
        batch.stream().filter(email -> failures.containsKey(email.getId())).forEach(email -> log.warn(
                "Email {} to {} not sent (attempt {}): {}", email.getMessageId(), email.getRecipient(),
                email.getAttempts(), failures.get(email.getId())));
        recordOutcomes(batch, failures);
    }

    private void recordOutcomes(List<OutboxEmail> batch, Map<Long, String> failures) {
        transaction.executeWithoutResult(status -> {
            Instant now = Instant.now();
            for (OutboxEmail email : emails.findAllById(batch.stream().map(OutboxEmail::getId).toList())) {
                String failure = failures.get(email.getId());
                if (failure == null) {
                    email.sent(now);
                } else {
                    email.failed(failure, now, settings.maxAttempts());
                }
            }
        });
    }

    private MimeMessage toMime(OutboxEmail email) throws MessagingException {
        Session session = mailSender instanceof JavaMailSenderImpl impl ? impl.getSession()
                : Session.getInstance(new Properties());
        String messageId = email.getMessageId();
        MimeMessage mime = new MimeMessage(session) {
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
        for (var header : HeaderLines.parse(email.getHeaders()).entrySet()) {
            mime.setHeader(header.getKey(), encode(header.getKey(), header.getValue()));
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(email.getBodyText(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(email.getBodyHtml(), "UTF-8", "html");
        // the simplest first: clients that can, show the last alternative (HTML)
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(text);
        alternatives.addBodyPart(html);
        mime.setContent(alternatives);
        mime.setHeader("Message-ID", messageId);
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
