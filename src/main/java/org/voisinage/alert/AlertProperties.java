package org.voisinage.alert;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param lifetime how long an alert stays up
 * @param maxPerDay alerts one resident may raise per day
 */
@Validated
@ConfigurationProperties("voisinage.alert")
record AlertProperties(
        @DefaultValue("PT48H") @NotNull Duration lifetime,
        @DefaultValue("2") @Positive int maxPerDay) {}
