package org.voisinage.challenge;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Challenge's settings ({@code voisinage.challenge.expiry-cron} is read by a {@code @Scheduled} attribute in
 * {@link ChallengeExpiryJob}).
 *
 * @param targetLinkValidity how long the signed link sent to a challenge's target works
 */
@Validated
@ConfigurationProperties("voisinage.challenge")
record ChallengeProperties(@DefaultValue("P30D") @NotNull Duration targetLinkValidity) {}
