package org.voisinage.notification.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox sends. The SMTP server itself is Spring Boot's {@code spring.mail.*}; without
 * {@code spring.mail.host} nothing is sent and staff read the emails in the outbox.
 *
 * @param from the sender of every email
 * @param sendInterval pause between two runs of the sender
 * @param batchSize emails claimed at once, shared out between the connections
 * @param maxAttempts attempts before an email is marked FAILED
 * @param claimTimeout how long a claimed email is left to its sender before another may take it (the sender
 *        may have died); longer than a batch can take with the SMTP timeouts
 * @param connections SMTP connections used in parallel (each sends one email at a time); check how many
 *        concurrent connections the SMTP provider accepts
 * @param secretsKey the AES key (32 bytes in base64) encrypting the secrets of emails waiting to be sent (see
 *        {@link EmailSecrets}); blank, a key drawn once is kept in the database
 * @param sentRetention how long the bodies of sent emails stay in the outbox (for staff to check what was
 *        sent) before they are erased; subject, recipient and status stay
 * @param purgeCron when the bodies past their retention are erased
 */
@ConfigurationProperties("voisinage.mail")
public record MailSettings(
        @DefaultValue("Voisinage <no-reply@voisinage.localhost>") String from,
        @DefaultValue("PT5S") Duration sendInterval,
        @DefaultValue("100") int batchSize,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("PT15M") Duration claimTimeout,
        @DefaultValue("4") int connections,
        @DefaultValue("") String secretsKey,
        @DefaultValue("P7D") Duration sentRetention,
        @DefaultValue("0 30 3 * * *") String purgeCron) {}
