package org.voisinage.webhook;

import java.time.Instant;
import java.util.List;

/** What the staff pages show of endpoints, deliveries and attempts. Never the secret. */
public final class WebhookViews {

    private WebhookViews() {}

    /** @param territoryName null: every territory */
    public record Endpoint(long id, Long territoryId, String territoryName, String url, String description,
            List<WebhookEventType> eventTypes, boolean enabled, int consecutiveFailures, Instant disabledAt,
            Instant createdAt) {}

    public record Delivery(long id, String messageId, WebhookEventType eventType, String status, int attempts,
            Instant nextAttemptAt, Instant createdAt, Instant deliveredAt) {

        public boolean pending() {
            return "PENDING".equals(status);
        }
    }

    public record Attempt(long deliveryId, WebhookEventType eventType, Instant attemptedAt, Integer statusCode,
            int durationMs, String error, String responseExcerpt) {}

    /** An endpoint just created or whose secret was just rotated: the one time the secret is shown. */
    public record SecretShown(long endpointId, String secret) {}
}
