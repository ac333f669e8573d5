package org.voisinage.common;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long rows kept only for a while stay in the database, past the moment they stop being needed. Each module
 * declares its own rules ({@code *Retention} in account, following, moderation, verification), which
 * {@link RetentionDeletes} applies nightly in batches of {@code batchSize}, each batch its own transaction.
 * The bodies of sent emails follow {@code voisinage.mail.sent-retention} (notification.OutboxRetention).
 * The README's "Retention" table gives the reason for each period.
 *
 * @param cron when the retention job runs (cron in voisinage.time-zone; "-" disables them)
 * @param batchSize rows deleted per statement
 * @param topicActivities how long a followed topic's activity stays after it was recorded (digests and in-app
 *        notifications read it; its in-app notifications go with it)
 * @param followRequests how long an email-follow request stays after its confirmation link expired
 * @param expiredTokens how long an emailed account link (email confirmation, password reset, invitation) stays
 *        after it expired or was used
 * @param auditLogs how long staff's audit trail and the verification audit stay
 * @param verificationLetters how long a verification letter (its hashed code) stays after it was used, revoked or
 *        expired
 */
@ConfigurationProperties("voisinage.retention")
public record RetentionProperties(
        @DefaultValue("0 45 3 * * *") String cron,
        @DefaultValue("1000") int batchSize,
        @DefaultValue("P90D") Duration topicActivities,
        @DefaultValue("P30D") Duration followRequests,
        @DefaultValue("P7D") Duration expiredTokens,
        @DefaultValue("P730D") Duration auditLogs,
        @DefaultValue("P90D") Duration verificationLetters) {}
