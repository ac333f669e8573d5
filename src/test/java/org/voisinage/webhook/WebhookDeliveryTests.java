package org.voisinage.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.voisinage.agenda.EventPublished;
import org.voisinage.announcement.AnnouncementPublished;
import org.voisinage.challenge.ChallengeGoalReached;
import org.voisinage.support.TestData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks delivered to a local HTTP server (issue 16): signed as Standard Webhooks says (the receiver recomputes
 * the signature from the secret shown at creation), retried after a failure on the backoff schedule, then failed;
 * the endpoint disabled after too many failures in a row (its creator told); a delivery replayed with its
 * webhook-id; a test ping; only the endpoints of the event's territory and types get it; a delivery written only
 * when the transaction that raised the event commits.
 */
@SpringBootTest(properties = {"voisinage.webhooks.allow-local-addresses=true",
        "voisinage.webhooks.disable-after-failures=6"})
@Import(TestData.class)
class WebhookDeliveryTests {

    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired WebhookEndpoints endpoints;
    @Autowired WebhookSender sender;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transaction;
    @Autowired org.voisinage.agenda.Events agenda;

    HttpServer server;
    final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
    final List<Integer> answers = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger calls = new AtomicInteger();
    @Autowired org.springframework.cache.CacheManager cacheManager;
    long territory;
    long otherTerritory;
    long neighbourhood;
    long admin;

    record Received(Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    @BeforeEach
    void aReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            received.add(new Received(Map.copyOf(exchange.getRequestHeaders()),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            int n = calls.getAndIncrement();
            int status = n < answers.size() ? answers.get(n) : 200;
            byte[] body = ("answer " + status).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        territory = data.territory();
        otherTerritory = data.territory();
        neighbourhood = data.neighbourhoodSomewhereIn(territory, -170, -160, 70, 80);
        admin = data.resident("ADMIN", "VERIFIED", null, null);
        // nothing else of the suite's waits in this outbox
        jdbc.update("update webhook_endpoint set enabled = false");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    WebhookViews.SecretShown endpoint(Long territoryId, WebhookEventType... types) {
        return endpoints.create(admin, new WebhookForm(url(), "partner", List.of(types), territoryId, true));
    }

    /** A real challenge (the challenge module's own listeners read it), whose goal is reached. */
    long goalReached(long territoryId) {
        long action = jdbc.queryForObject("""
                insert into challenge_action (title, description, theme, status)
                values ('Composter', 'd', 'WASTE', 'PUBLISHED') returning id""", Long.class);
        long challengeId = jdbc.queryForObject("""
                insert into challenge (action_id, title, target_name, target_kind, target_email, counter_commitment,
                                       territory_id, goal, opens_on, deadline, state)
                values (?, 'Composteurs <partout>', 'Ville', 'TOWN',
                        'mairie@test.voisinage.test', 'composteurs', ?, 1, current_date - 1, current_date + 30,
                        'GOAL_REACHED') returning id""", Long.class, action, territoryId);
        transaction.executeWithoutResult(s -> events.publishEvent(
                new ChallengeGoalReached(challengeId, territoryId, null, "Composteurs <partout>")));
        return challengeId;
    }

    @Test
    void aDeliveryIsSignedSoTheReceiverCanCheckIt() throws Exception {
        WebhookViews.SecretShown shown = endpoint(territory, WebhookEventType.CHALLENGE_GOAL_REACHED);
        long challenge = goalReached(territory);

        assertThat(sender.sendDue()).isEqualTo(1);

        Received message = received.poll();
        assertThat(message).isNotNull();
        String id = message.header("webhook-id");
        String timestamp = message.header("webhook-timestamp");
        assertThat(id).startsWith("msg_");
        assertThat(Long.parseLong(timestamp)).isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(60L));
        // the receiver's check, written from the convention, not from our code
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(shown.secret().substring("whsec_".length())), "HmacSHA256"));
        String expected = "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal((id + "." + timestamp + "." + message.body()).getBytes(StandardCharsets.UTF_8)));
        assertThat(message.header("webhook-signature")).isEqualTo(expected);
        assertThat(message.header("Content-Type")).startsWith("application/json");

        JsonNode payload = JsonMapper.builder().build().readTree(message.body());
        assertThat(payload.get("type").asString()).isEqualTo("challenge.goal_reached");
        assertThat(payload.get("data").get("id").asLong()).isEqualTo(challenge);
        assertThat(payload.get("data").get("title").asString()).isEqualTo("Composteurs <partout>");
        assertThat(payload.get("data").get("url").asString()).endsWith("/defis/" + challenge);

        Map<String, Object> attempt = jdbc.queryForMap("""
                select a.status_code, a.response_excerpt, d.status from webhook_attempt a
                join webhook_delivery d on d.id = a.delivery_id where d.endpoint_id = ?""", shown.endpointId());
        assertThat(attempt).containsEntry("status_code", 200).containsEntry("response_excerpt", "answer 200")
                .containsEntry("status", "DELIVERED");
        // the secret is stored sealed, not as it was shown
        assertThat(jdbc.queryForObject("select sealed_secret from webhook_endpoint where id = ?", String.class,
                shown.endpointId())).doesNotContain(shown.secret().substring(6));
    }

    @Test
    void onlyTheEndpointsOfTheTerritoryAndTypeGetIt() {
        WebhookViews.SecretShown mine = endpoint(territory, WebhookEventType.CHALLENGE_GOAL_REACHED);
        WebhookViews.SecretShown everywhere = endpoint(null, WebhookEventType.CHALLENGE_GOAL_REACHED);
        WebhookViews.SecretShown other = endpoint(otherTerritory, WebhookEventType.CHALLENGE_GOAL_REACHED);
        WebhookViews.SecretShown otherType = endpoint(territory, WebhookEventType.EVENT_PUBLISHED);
        goalReached(territory);

        assertThat(deliveries(mine.endpointId())).isEqualTo(1);
        assertThat(deliveries(everywhere.endpointId())).isEqualTo(1);
        assertThat(deliveries(other.endpointId())).isZero();
        assertThat(deliveries(otherType.endpointId())).isZero();

        // a members-only event is not sent to partners; a public one is
        transaction.executeWithoutResult(s -> {
            events.publishEvent(new EventPublished(1, neighbourhood, "Réunion", Instant.now(), true));
            events.publishEvent(new EventPublished(2, neighbourhood, "Apéro", Instant.now(), false));
        });
        assertThat(deliveries(otherType.endpointId())).isEqualTo(1);

        // an event whose transaction rolls back leaves no delivery
        transaction.executeWithoutResult(s -> {
            events.publishEvent(new ChallengeGoalReached(8, territory, null, "annulé"));
            // rolled back: no listener after commit runs
            s.setRollbackOnly();
        });
        assertThat(deliveries(mine.endpointId())).isEqualTo(1);
    }

    @Test
    void partnersHearNothingOfAMembersOnlyTerritoryNorWhatAnAnnouncementSays() {
        WebhookViews.SecretShown everywhere = endpoint(null, WebhookEventType.CHALLENGE_GOAL_REACHED,
                WebhookEventType.ANNOUNCEMENT_PUBLISHED);
        jdbc.update("update territory set members_only = true where id = ?", otherTerritory);
        // staff do it in the territory form, which empties the reference-data cache; here, straight in the table
        cacheManager.getCache("neighbourhoods").clear();
        goalReached(otherTerritory);
        assertThat(deliveries(everywhere.endpointId())).isZero();

        transaction.executeWithoutResult(s -> events.publishEvent(
                new AnnouncementPublished(5, Set.of(neighbourhood), "Coupure d'eau jeudi")));
        assertThat(deliveries(everywhere.endpointId())).isEqualTo(1);
        String payload = jdbc.queryForObject("select payload from webhook_delivery where endpoint_id = ?",
                String.class, everywhere.endpointId());
        assertThat(payload).contains("/annonces/5").doesNotContain("Coupure");
    }

    @Test
    void theAgendasOwnActionsRaiseTheirWebhooks() {
        WebhookViews.SecretShown shown = endpoint(territory, WebhookEventType.EVENT_PUBLISHED,
                WebhookEventType.EVENT_CANCELLED);
        long organiser = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        java.time.LocalDate day = java.time.LocalDate.now().plusDays(4);
        long event = agenda.create(new org.voisinage.agenda.EventForm("Vide-grenier", "Dans la cour", day,
                java.time.LocalTime.of(9, 0), day, java.time.LocalTime.of(12, 0), "La cour", null, 30,
                org.voisinage.agenda.Visibility.PUBLIC, null, null, null), organiser);
        agenda.cancel(event, organiser);

        assertThat(jdbc.queryForList("select event_type from webhook_delivery where endpoint_id = ? order by id",
                String.class, shown.endpointId())).containsExactly("EVENT_PUBLISHED", "EVENT_CANCELLED");
    }

    @Test
    void aFailureIsRetriedOnTheBackoffScheduleThenSucceeds() {
        WebhookViews.SecretShown shown = endpoint(territory, WebhookEventType.CHALLENGE_GOAL_REACHED);
        answers.add(500);
        goalReached(territory);

        assertThat(sender.sendDue()).isEqualTo(1);
        Map<String, Object> delivery = delivery(shown.endpointId());
        assertThat(delivery).containsEntry("status", "PENDING").containsEntry("attempts", 1);
        assertThat(waited(shown.endpointId())).isEqualTo(Duration.ofMinutes(1));
        assertThat(sender.sendDue()).as("not due yet").isZero();

        dueNow(shown.endpointId());
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(delivery(shown.endpointId())).containsEntry("status", "DELIVERED").containsEntry("attempts", 2);
        assertThat(jdbc.queryForList("""
                select a.status_code from webhook_attempt a join webhook_delivery d on d.id = a.delivery_id
                where d.endpoint_id = ? order by a.id""", Integer.class, shown.endpointId())).containsExactly(500, 200);
        assertThat(received).hasSize(2);
        assertThat(received.stream().map(r -> r.header("webhook-id")).distinct()).hasSize(1);
    }

    @Test
    void afterTheLastRetryTheDeliveryFailsAndTheEndpointIsDisabledItsCreatorTold() {
        WebhookViews.SecretShown shown = endpoint(territory, WebhookEventType.CHALLENGE_GOAL_REACHED);
        for (int i = 0; i < 6; i++) {
            answers.add(503);
        }
        goalReached(territory);
        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            dueNow(shown.endpointId());
            assertThat(sender.sendDue()).isEqualTo(1);
            if (i < 5) {
                waits.add(waited(shown.endpointId()));
            }
        }
        assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
                Duration.ofHours(2), Duration.ofHours(12));
        assertThat(delivery(shown.endpointId())).containsEntry("status", "FAILED").containsEntry("attempts", 6);
        Map<String, Object> endpoint = jdbc.queryForMap(
                "select enabled, consecutive_failures, disabled_at from webhook_endpoint where id = ?", shown.endpointId());
        assertThat(endpoint).containsEntry("enabled", false).containsEntry("consecutive_failures", 6);
        assertThat(endpoint.get("disabled_at")).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from outbox_email where recipient = ? and message_id like ?",
                Integer.class, data.emailOf(admin), "%webhook-" + shown.endpointId() + "-disabled%")).isEqualTo(1);

        // a disabled endpoint receives nothing more until staff enable it again
        goalReached(territory);
        assertThat(deliveries(shown.endpointId())).isEqualTo(1);
    }

    @Test
    void staffReplayADeliveryAndSendATestPing() throws Exception {
        WebhookViews.SecretShown shown = endpoint(territory, WebhookEventType.CHALLENGE_GOAL_REACHED);
        goalReached(territory);
        sender.sendDue();
        long first = jdbc.queryForObject("select id from webhook_delivery where endpoint_id = ?", Long.class,
                shown.endpointId());

        endpoints.replay(shown.endpointId(), first, admin);
        endpoints.ping(shown.endpointId(), admin);
        assertThat(sender.sendDue()).isEqualTo(2);

        List<Received> all = List.copyOf(received);
        assertThat(all).hasSize(3);
        assertThat(all.get(1).header("webhook-id")).isEqualTo(all.get(0).header("webhook-id"));
        assertThat(all.get(1).body()).isEqualTo(all.get(0).body());
        assertThat(JsonMapper.builder().build().readTree(all.get(2).body()).get("type").asString()).isEqualTo("ping");
        // a new secret signs from now on
        WebhookViews.SecretShown rotated = endpoints.rotate(shown.endpointId(), admin);
        assertThat(rotated.secret()).isNotEqualTo(shown.secret()).startsWith("whsec_");
        assertThat(endpoints.secretOf(shown.endpointId())).isEqualTo(rotated.secret());
    }

    private int deliveries(long endpointId) {
        return jdbc.queryForObject("select count(*) from webhook_delivery where endpoint_id = ?", Integer.class,
                endpointId);
    }

    private Map<String, Object> delivery(long endpointId) {
        return jdbc.queryForMap("select status, attempts from webhook_delivery where endpoint_id = ?", endpointId);
    }

    /** The wait before the next try, from the last attempt. */
    private Duration waited(long endpointId) {
        Map<String, Object> row = jdbc.queryForMap("""
                select d.next_attempt_at, (select max(a.attempted_at) from webhook_attempt a where a.delivery_id = d.id) as last
                from webhook_delivery d where d.endpoint_id = ?""", endpointId);
        return Duration.between(((java.sql.Timestamp) row.get("last")).toInstant(),
                ((java.sql.Timestamp) row.get("next_attempt_at")).toInstant());
    }

    private void dueNow(long endpointId) {
        jdbc.update("update webhook_delivery set next_attempt_at = now() - interval '1 second' where endpoint_id = ?"
                + " and status = 'PENDING'", endpointId);
    }
}
