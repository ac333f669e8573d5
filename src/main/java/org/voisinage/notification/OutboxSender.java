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
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
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
 * instances never claim the same email) and commits the claim, then talks to the SMTP server with no
 * transaction open, and records each outcome in its own short transaction. A sender that dies mid-batch
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
            PlatformTransactionManager transactionManager) throws UnsupportedEncodingException {
        this.emails = emails;
        this.mailSender = StringUtils.hasText(smtpHost) ? mailSender.getIfAvailable() : null;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactionManager);
        try {
            this.from = new InternetAddress(settings.from(), true);
            if (from.getPersonal() != null) {
                from.setPersonal(from.getPersonal(), "UTF-8");
            }
        } catch (MessagingException e) {
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
            batch.forEach(this::deliver);
        } while (batch.size() == settings.batchSize());
    }

    /** The claim commits before any SMTP traffic; the emails returned are detached copies. */
    List<OutboxEmail> claimBatch() {
        return transaction.execute(status -> {
            Instant now = Instant.now();
            List<OutboxEmail> due = emails.lockDue(now, settings.batchSize());
            due.forEach(email -> email.claim(now.plus(settings.claimTimeout())));
            return due;
        });
    }

    private void deliver(OutboxEmail email) {
        try {
            mailSender.send(toMime(email));
            record(email.getId(), claimed -> claimed.sent(Instant.now()));
        } catch (MessagingException | RuntimeException e) {
            log.warn("Email {} to {} not sent (attempt {}): {}", email.getMessageId(), email.getRecipient(),
                    email.getAttempts(), e.toString());
            record(email.getId(), claimed -> claimed.failed(e.toString(), Instant.now(), settings.maxAttempts()));
        }
    }

    private void record(long id, java.util.function.Consumer<OutboxEmail> outcome) {
        transaction.executeWithoutResult(status -> emails.findById(id).ifPresent(outcome));
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
