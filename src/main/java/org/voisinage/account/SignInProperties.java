package org.voisinage.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How {@link LoginThrottle} slows down password guessing on one account.
 *
 * @param freeFailures failed sign-ins that cost nothing
 * @param firstDelay the wait after the first failure past the free ones; each further failure doubles it
 * @param longestDelay the ceiling of that wait
 */
@Validated
@ConfigurationProperties("voisinage.security.sign-in")
record SignInProperties(
        @DefaultValue("5") @PositiveOrZero int freeFailures,
        @DefaultValue("PT2S") @NotNull Duration firstDelay,
        @DefaultValue("PT15M") @NotNull Duration longestDelay) {}
