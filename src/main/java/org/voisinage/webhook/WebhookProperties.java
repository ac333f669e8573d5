package org.voisinage.webhook;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Webhooks' settings ({@code voisinage.webhooks.send-interval} is read by the job's {@code @Scheduled}).
 *
 * @param secretsKey the key sealing the endpoints' signing secrets (32 bytes in base64); unset, a key drawn once
 *        and kept in the database is used (common.SiteSecrets): set one so that a dump alone reveals no secret
 * @param allowLocalAddresses let endpoints be plain http and on loopback or private addresses: local development
 *        and tests only. Off, such an address is refused (a partner's endpoint must not reach inside our network)
 * @param retryDelays the wait before each retry; after the last, the delivery is failed
 * @param disableAfterFailures failed attempts in a row after which an endpoint is disabled (its creator told)
 * @param claimTimeout how long a claimed delivery is kept from other instances while it is sent
 */
@Validated
@ConfigurationProperties("voisinage.webhooks")
record WebhookProperties(
        String secretsKey,
        @DefaultValue("false") boolean allowLocalAddresses,
        @DefaultValue({"PT1M", "PT5M", "PT30M", "PT2H", "PT12H"}) @NotEmpty List<Duration> retryDelays,
        @DefaultValue("10") @Min(1) int disableAfterFailures,
        @DefaultValue("PT5S") @NotNull Duration connectTimeout,
        @DefaultValue("PT10S") @NotNull Duration requestTimeout,
        @DefaultValue("20") @Min(1) int batchSize,
        @DefaultValue("PT2M") @NotNull Duration claimTimeout) {}
