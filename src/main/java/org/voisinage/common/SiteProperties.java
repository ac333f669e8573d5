package org.voisinage.common;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What every module knows about the site itself. Read the zone through {@link SiteClock}.
 *
 * @param baseUrl the address residents reach the site at, without a trailing slash; links in emails start with it
 * @param timeZone the zone dates and times are shown and typed in
 */
@Validated
@ConfigurationProperties("voisinage")
public record SiteProperties(
        @NotBlank String baseUrl,
        @DefaultValue("Europe/Paris") @NotNull ZoneId timeZone) {}
