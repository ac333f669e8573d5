package org.voisinage.webhook;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.voisinage.agenda.EventCancelled;
import org.voisinage.agenda.EventPublished;
import org.voisinage.announcement.AnnouncementPublished;
import org.voisinage.challenge.ChallengeAnswered;
import org.voisinage.challenge.ChallengeFulfilled;
import org.voisinage.challenge.ChallengeGoalReached;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.SiteProperties;
import org.voisinage.neighbourhood.Neighbourhoods;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox of webhook deliveries. Each event writes one delivery per enabled endpoint that chose its type, of its
 * territory or of every territory, in one statement inside the transaction that raised the event (a plain
 * {@code @EventListener}, not an after-commit one): the deliveries exist exactly when what they tell happened.
 * Payloads follow Standard Webhooks' shape ({@code type}, {@code timestamp}, {@code data}) and carry what a partner
 * may read: ids, titles and links, no person. Members-only events, and everything of a members-only territory,
 * are left out; an announcement goes without its title.
 */
@Component
class WebhookOutbox {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Neighbourhoods neighbourhoods;
    private final Clock clock;
    private final String baseUrl;

    WebhookOutbox(JdbcClient jdbc, Neighbourhoods neighbourhoods, Clock clock, SiteProperties site) {
        this.jdbc = jdbc;
        this.neighbourhoods = neighbourhoods;
        this.clock = clock;
        this.baseUrl = site.baseUrl();
    }

    @EventListener
    void on(ChallengeGoalReached event) {
        raise(WebhookEventType.CHALLENGE_GOAL_REACHED, Set.of(event.territoryId()),
                challenge(event.challengeId(), event.title(), event.territoryId(), event.neighbourhoodId()));
    }

    @EventListener
    void on(ChallengeAnswered event) {
        Map<String, Object> data = challenge(event.challengeId(), event.title(), event.territoryId(),
                event.neighbourhoodId());
        data.put("accepted", event.accepted());
        raise(WebhookEventType.CHALLENGE_ANSWERED, Set.of(event.territoryId()), data);
    }

    @EventListener
    void on(ChallengeFulfilled event) {
        raise(WebhookEventType.CHALLENGE_FULFILLED, Set.of(event.territoryId()),
                challenge(event.challengeId(), event.title(), event.territoryId(), event.neighbourhoodId()));
    }

    @EventListener
    void on(EventPublished event) {
        if (!event.membersOnly()) {
            raise(WebhookEventType.EVENT_PUBLISHED, territoryOf(Set.of(event.neighbourhoodId())),
                    agendaEvent(event.eventId(), event.title(), event.neighbourhoodId(), event.startsAt()));
        }
    }

    @EventListener
    void on(EventCancelled event) {
        if (!event.membersOnly()) {
            raise(WebhookEventType.EVENT_CANCELLED, territoryOf(Set.of(event.neighbourhoodId())),
                    agendaEvent(event.eventId(), event.title(), event.neighbourhoodId(), event.startsAt()));
        }
    }

    @EventListener
    void on(AnnouncementPublished event) {
        // an announcement is for the members of its neighbourhoods, never public: a partner learns that one was
        // published and where, not what it says (the link asks members to sign in)
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", event.announcementId());
        data.put("url", baseUrl + "/annonces/" + event.announcementId());
        data.put("neighbourhoodIds", event.neighbourhoodIds().stream().sorted().toList());
        raise(WebhookEventType.ANNOUNCEMENT_PUBLISHED, territoryOf(event.neighbourhoodIds()), data);
    }

    /** A ping to one endpoint, whatever it chose: staff try it from its page. */
    void ping(long endpointId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("endpointId", endpointId);
        write(WebhookEventType.PING, payload(WebhookEventType.PING, data), "id = :endpoint",
                Map.of("endpoint", endpointId));
    }

    /** The delivery again, as it was (same webhook-id, same body), signed afresh when sent. */
    void replay(long endpointId, long deliveryId) {
        Timestamp now = Timestamp.from(clock.instant());
        int copied = jdbc.sql("""
                        insert into webhook_delivery (endpoint_id, message_id, event_type, payload, status,
                                                      next_attempt_at, created_at)
                        select endpoint_id, message_id, event_type, payload, 'PENDING', :now, :now
                        from webhook_delivery where id = :delivery and endpoint_id = :endpoint""")
                .param("now", now).param("delivery", deliveryId).param("endpoint", endpointId).update();
        if (copied == 0) {
            throw new NotFoundException("webhook delivery", deliveryId);
        }
    }

    private void raise(WebhookEventType type, Set<Long> territories, Map<String, Object> data) {
        // a members-only territory's content is for its members: no partner hears of it, as the read API's
        // application tokens read none of it
        Set<Long> membersOnly = neighbourhoods.membersOnlyTerritories();
        territories = territories.stream().filter(t -> !membersOnly.contains(t)).collect(Collectors.toSet());
        if (territories.isEmpty()) {
            return;
        }
        write(type, payload(type, data),
                "enabled and (',' || event_types || ',') like :pattern"
                        + " and (territory_id is null or territory_id = any(cast(:territories as bigint[])))",
                Map.of("pattern", "%," + type.name() + ",%", "territories",
                        territories.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"))));
    }

    private void write(WebhookEventType type, String payload, String endpoints, Map<String, Object> params) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("insert into webhook_delivery (endpoint_id, message_id, event_type, payload, status,"
                        + " next_attempt_at, created_at)"
                        + " select id, :message, :type, :payload, 'PENDING', :now, :now from webhook_endpoint where "
                        + endpoints)
                .param("message", "msg_" + UUID.randomUUID().toString().replace("-", ""))
                .param("type", type.name()).param("payload", payload).param("now", now)
                .params(params).update();
    }

    private String payload(WebhookEventType type, Map<String, Object> data) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", type.wireName());
        payload.put("timestamp", clock.instant().toString());
        payload.put("data", data);
        return JSON.writeValueAsString(payload);
    }

    private Map<String, Object> challenge(long id, String title, long territoryId, Long neighbourhoodId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", id);
        data.put("title", title);
        data.put("url", baseUrl + "/defis/" + id);
        data.put("territoryId", territoryId);
        data.put("neighbourhoodId", neighbourhoodId);
        return data;
    }

    private Map<String, Object> agendaEvent(long id, String title, long neighbourhoodId, Instant startsAt) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", id);
        data.put("title", title);
        data.put("url", baseUrl + "/agenda/evenements/" + id);
        data.put("neighbourhoodId", neighbourhoodId);
        data.put("startsAt", startsAt.toString());
        return data;
    }

    private Set<Long> territoryOf(Set<Long> neighbourhoodIds) {
        return neighbourhoodIds.stream().map(id -> neighbourhoods.get(id).territoryId()).collect(Collectors.toSet());
    }
}
