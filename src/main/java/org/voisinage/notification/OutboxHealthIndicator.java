package org.voisinage.notification;

import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The outbox in {@code /actuator/health} (as "outbox"): DEGRADED while emails wait for a retry after a failed
 * attempt (the SMTP server refused them or was out of reach: they are kept and retried with backoff, nothing is
 * lost), UP otherwise. DEGRADED answers 200: the site works, its emails are late
 * ({@code management.endpoint.health.status.*}).
 */
@Component
class OutboxHealthIndicator implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "emails wait for a retry after a failed attempt");

    private final JdbcTemplate jdbc;
    private final OutboxSender sender;

    OutboxHealthIndicator(JdbcTemplate jdbc, OutboxSender sender) {
        this.jdbc = jdbc;
        this.sender = sender;
    }

    @Override
    public Health health() {
        Map<String, Object> queue = jdbc.queryForMap("""
                select count(*) as waiting, count(*) filter (where attempts > 0) as retrying
                from outbox_email where status in ('QUEUED', 'SENDING')""");
        long retrying = ((Number) queue.get("retrying")).longValue();
        Health.Builder health = retrying > 0 ? Health.status(DEGRADED) : Health.up();
        return health.withDetail("waiting", queue.get("waiting"))
                .withDetail("retrying", retrying)
                .withDetail("sending", sender.isEnabled() ? "smtp" : "kept in the outbox (no spring.mail.host)")
                .build();
    }
}
