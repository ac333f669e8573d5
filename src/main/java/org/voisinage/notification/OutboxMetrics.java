package org.voisinage.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The outbox as an operator watches it: how many emails wait to be sent and how long the oldest has waited
 * (Prometheus: {@code voisinage_outbox_pending}, {@code voisinage_outbox_oldest_pending_age_seconds}). Read from the
 * database at each scrape, so every instance reports the same shared queue; both queries walk only the partial index
 * of the due emails. A growing age with a steady count means the SMTP server refuses or is gone.
 */
@Component
class OutboxMetrics implements MeterBinder {

    private static final String WAITING = "status in ('QUEUED', 'SENDING')";

    private final JdbcTemplate jdbc;

    OutboxMetrics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("voisinage.outbox.pending", this, OutboxMetrics::pending)
                .description("Emails queued or being sent").register(registry);
        Gauge.builder("voisinage.outbox.oldest.pending.age", this, OutboxMetrics::oldestPendingAgeSeconds)
                .description("Age of the oldest email still waiting to be sent, 0 when none waits")
                .baseUnit("seconds").register(registry);
    }

    double pending() {
        Long count = jdbc.queryForObject("select count(*) from outbox_email where " + WAITING, Long.class);
        return count == null ? 0 : count;
    }

    double oldestPendingAgeSeconds() {
        Double age = jdbc.queryForObject("select coalesce(extract(epoch from now() - min(created_at)), 0)"
                + " from outbox_email where " + WAITING, Double.class);
        return age == null ? 0 : age;
    }
}
