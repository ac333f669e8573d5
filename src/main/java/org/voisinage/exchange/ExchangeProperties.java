package org.voisinage.exchange;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Exchange's settings ({@code voisinage.exchange.jobs-cron} is read by a {@code @Scheduled} attribute in
 * {@link ExchangeJobs}).
 *
 * @param expiryNoticeDays days before its expiry a listing's author is told
 * @param currency the site's currency (ISO 4217 code), in which rent prices and deposits are shown
 */
@Validated
@ConfigurationProperties("voisinage.exchange")
record ExchangeProperties(
        @DefaultValue("3") @PositiveOrZero int expiryNoticeDays,
        @DefaultValue("EUR") @Pattern(regexp = "[A-Z]{3}") String currency) {}
