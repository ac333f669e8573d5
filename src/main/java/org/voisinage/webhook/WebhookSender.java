package org.voisinage.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.voisinage.account.Residents;
import org.voisinage.common.Refusal;
import org.voisinage.common.SiteProperties;
import org.voisinage.notification.Email;
import org.voisinage.notification.Outbox;

/**
 * Sends the webhook outbox. Each run claims a batch of due deliveries in a short transaction (FOR UPDATE SKIP
 * LOCKED, then pushed past the claim timeout: two instances never send the same one at once), sends each with no
 * transaction open, and records each attempt in its own short transaction: its status code, duration, error and the
 * start of the answer. A 2xx delivers; anything else waits the next retry delay, and after the last the delivery
 * fails. An endpoint failing {@code disable-after-failures} times in a row is disabled and its creator told by
 * email; its pending deliveries wait until staff enable it again. Redirects are not followed (an answer's
 * {@code Location} is not checked as the endpoint's address is). Never logs a secret nor a signature.
 */
@Component
class WebhookSender {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    private static final int EXCERPT = 500;

    private final JdbcClient jdbc;
    private final WebhookEndpoints endpoints;
    private final WebhookProperties settings;
    private final Residents residents;
    private final Outbox outbox;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final HttpClient http;
    private final String baseUrl;

    WebhookSender(JdbcClient jdbc, WebhookEndpoints endpoints, WebhookProperties settings, Residents residents,
            Outbox outbox, Clock clock, PlatformTransactionManager transactionManager, SiteProperties site) {
        this.baseUrl = site.baseUrl();
        this.jdbc = jdbc;
        this.endpoints = endpoints;
        this.settings = settings;
        this.residents = residents;
        this.outbox = outbox;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(fixedDelayString = "${voisinage.webhooks.send-interval:PT10S}",
            initialDelayString = "${voisinage.webhooks.send-interval:PT10S}")
    // one instance sends at a time; a run outliving lockAtMostFor lets another start, which SKIP LOCKED keeps apart
    @SchedulerLock(name = "webhook-sender", lockAtMostFor = "PT15M")
    void sendDueOnSchedule() {
        sendDue();
    }

    /** Sends every due delivery, batch after batch. @return how many attempts were made */
    int sendDue() {
        int sent = 0;
        List<Claimed> batch;
        do {
            batch = claimBatch();
            batch.forEach(this::attempt);
            sent += batch.size();
        } while (batch.size() == settings.batchSize());
        return sent;
    }

    record Claimed(long id, long endpointId, String url, String messageId, String payload, int attempts) {}

    private List<Claimed> claimBatch() {
        return transaction.execute(status -> {
            Instant now = clock.instant();
            List<Claimed> due = jdbc.sql("""
                            select d.id, d.endpoint_id, e.url, d.message_id, d.payload, d.attempts
                            from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id
                            where d.status = 'PENDING' and d.next_attempt_at <= :now and e.enabled
                            order by d.next_attempt_at, d.id limit :batch
                            for update of d skip locked""")
                    .param("now", Timestamp.from(now)).param("batch", settings.batchSize())
                    .query((rs, n) -> new Claimed(rs.getLong("id"), rs.getLong("endpoint_id"), rs.getString("url"),
                            rs.getString("message_id"), rs.getString("payload"), rs.getInt("attempts")))
                    .list();
            if (!due.isEmpty()) {
                jdbc.sql("update webhook_delivery set next_attempt_at = :until where id = any(cast(:ids as bigint[]))")
                        .param("until", Timestamp.from(now.plus(settings.claimTimeout())))
                        .param("ids", due.stream().map(c -> String.valueOf(c.id()))
                                .collect(java.util.stream.Collectors.joining(",", "{", "}")))
                        .update();
            }
            return due;
        });
    }

    private void attempt(Claimed delivery) {
        Instant started = clock.instant();
        long startedNanos = System.nanoTime();
        Integer statusCode = null;
        String error = null;
        String excerpt = null;
        try {
            URI uri = WebhookAddress.check(delivery.url(), settings.allowLocalAddresses());
            long timestamp = started.getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.requestTimeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Voisinage-Webhooks/1")
                    .header("webhook-id", delivery.messageId())
                    .header("webhook-timestamp", String.valueOf(timestamp))
                    .header("webhook-signature", WebhookSignature.sign(endpoints.secretOf(delivery.endpointId()),
                            delivery.messageId(), timestamp, delivery.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            statusCode = response.statusCode();
            try (InputStream body = response.body()) {
                excerpt = cut(new String(body.readNBytes(EXCERPT * 4), StandardCharsets.UTF_8));
            }
        } catch (Refusal e) {
            error = "address refused: " + e.code();
        } catch (IOException | RuntimeException e) {
            error = cut(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        int duration = (int) Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
        boolean delivered = statusCode != null && statusCode >= 200 && statusCode < 300;
        if (!delivered && error == null) {
            error = "HTTP " + statusCode;
        }
        record(delivery, started, statusCode, duration, error, excerpt, delivered);
    }

    private void record(Claimed delivery, Instant at, Integer statusCode, int duration, String error, String excerpt,
            boolean delivered) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("""
                            insert into webhook_attempt (delivery_id, attempted_at, status_code, duration_ms, error,
                                                         response_excerpt)
                            values (:delivery, :at, :code, :duration, :error, :excerpt)""")
                    .param("delivery", delivery.id()).param("at", Timestamp.from(at)).param("code", statusCode)
                    .param("duration", duration).param("error", error).param("excerpt", excerpt).update();
            int attempts = delivery.attempts() + 1;
            if (delivered) {
                jdbc.sql("""
                                update webhook_delivery set status = 'DELIVERED', attempts = :attempts,
                                       delivered_at = :at, next_attempt_at = null where id = :id""")
                        .param("attempts", attempts).param("at", Timestamp.from(at)).param("id", delivery.id())
                        .update();
                jdbc.sql("update webhook_endpoint set consecutive_failures = 0 where id = :id")
                        .param("id", delivery.endpointId()).update();
                return;
            }
            List<Duration> delays = settings.retryDelays();
            boolean last = attempts > delays.size();
            jdbc.sql("""
                            update webhook_delivery set status = :status, attempts = :attempts, next_attempt_at = :next
                            where id = :id""")
                    .param("status", last ? "FAILED" : "PENDING").param("attempts", attempts)
                    .param("next", last ? null : Timestamp.from(at.plus(delays.get(attempts - 1))))
                    .param("id", delivery.id()).update();
            log.info("Webhook delivery {} to endpoint {} failed (attempt {}): {}", delivery.id(),
                    delivery.endpointId(), attempts, error);
            failed(delivery.endpointId(), at);
        });
    }

    /** One more failure in a row; at the limit the endpoint is disabled and its creator told. */
    private void failed(long endpointId, Instant at) {
        Long creator = jdbc.sql("""
                        update webhook_endpoint set consecutive_failures = consecutive_failures + 1,
                               enabled = false, disabled_at = :at
                        where id = :id and enabled and consecutive_failures + 1 >= :limit
                        returning coalesce(created_by, 0)""")
                .param("limit", settings.disableAfterFailures()).param("at", Timestamp.from(at))
                .param("id", endpointId).query(Long.class).optional().orElse(null);
        if (creator == null) {
            jdbc.sql("update webhook_endpoint set consecutive_failures = consecutive_failures + 1 where id = :id")
                    .param("id", endpointId).update();
            return;
        }
        log.warn("Webhook endpoint {} disabled after {} failures in a row", endpointId, settings.disableAfterFailures());
        String url = jdbc.sql("select url from webhook_endpoint where id = :id").param("id", endpointId)
                .query(String.class).single();
        residents.details(creator).ifPresent(staff -> outbox.queue(
                Email.to(staff.email(), staff.locale() == null ? Locale.FRENCH : staff.locale(),
                                "webhook/email/disabled", "webhook.email.disabled.subject", url)
                        .with("name", staff.displayName())
                        .with("url", url)
                        .with("failures", settings.disableAfterFailures())
                        .with("link", baseUrl + "/admin/webhooks/" + endpointId)
                        .messageId("webhook-" + endpointId + "-disabled-" + at.getEpochSecond())));
    }

    private static String cut(String text) {
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT);
    }
}
