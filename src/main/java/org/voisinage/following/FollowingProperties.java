package org.voisinage.following;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Following's settings ({@code voisinage.following.daily-cron} and {@code weekly-cron} are read by
 * {@code @Scheduled} attributes in {@link DigestSchedule}, which need a constant).
 *
 * @param digestBatchSize followers handled per transaction when a digest is built
 * @param confirmationValidity how long an email follower's confirmation link works
 * @param unsubscribeMailbox the List-Unsubscribe mailto address of digest emails
 */
@Validated
@ConfigurationProperties("voisinage.following")
record FollowingProperties(
        @DefaultValue("500") @Positive int digestBatchSize,
        @DefaultValue("P2D") @NotNull Duration confirmationValidity,
        @DefaultValue("unsubscribe@voisinage.localhost") @NotBlank String unsubscribeMailbox) {}
