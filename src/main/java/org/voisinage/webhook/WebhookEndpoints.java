package org.voisinage.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.Residents;
import org.voisinage.account.Viewer;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;
import org.voisinage.common.SecretBox;
import org.voisinage.common.SiteSecrets;
import org.voisinage.neighbourhood.Neighbourhoods;
import org.voisinage.neighbourhood.TerritorySummary;

/**
 * The endpoints staff register, as their access rule says: staff limited to some territories see and change only
 * those of their territories (another's answers 404, as if it did not exist); administrators and global staff
 * every one, and only they register one for every territory. The signing secret is drawn here, shown once, and
 * kept sealed ({@link SecretBox}) for the sender.
 */
@Service
@Transactional
class WebhookEndpoints {

    private static final int LOG_LENGTH = 100;

    private final JdbcClient jdbc;
    private final Residents residents;
    private final Neighbourhoods neighbourhoods;
    private final WebhookProperties settings;
    private final SecretBox secrets;
    private final Clock clock;
    private final WebhookOutbox outbox;

    WebhookEndpoints(JdbcClient jdbc, Residents residents, Neighbourhoods neighbourhoods, WebhookProperties settings,
            SiteSecrets siteSecrets, Clock clock, WebhookOutbox outbox) {
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.residents = residents;
        this.neighbourhoods = neighbourhoods;
        this.settings = settings;
        this.secrets = new SecretBox("voisinage.webhooks.secrets-key", settings.secretsKey(),
                () -> siteSecrets.key("webhook-secrets"));
        this.clock = clock;
    }

    /** THE rule: staff of the endpoint's territory; every territory's for administrators and global staff. */
    static boolean manages(Viewer viewer, Long territoryId) {
        return viewer.staffOf(territoryId);
    }

    @Transactional(readOnly = true)
    public List<WebhookViews.Endpoint> list(long staffId) {
        Viewer viewer = residents.viewer(staffId);
        return jdbc.sql("select * from webhook_endpoint order by id").query(this::endpoint).list().stream()
                .filter(e -> manages(viewer, e.territoryId())).toList();
    }

    @Transactional(readOnly = true)
    public WebhookViews.Endpoint get(long id, long staffId) {
        return visible(id, residents.viewer(staffId));
    }

    /** Whether this staff member manages this endpoint (false for an unknown one). */
    @Transactional(readOnly = true)
    boolean staffOf(Viewer viewer, long id) {
        return find(id).filter(e -> manages(viewer, e.territoryId())).isPresent();
    }

    Viewer viewer(long staffId) {
        return residents.viewer(staffId);
    }

    /** The territories this staff member may choose; every one for administrators and global staff. */
    @Transactional(readOnly = true)
    public List<TerritorySummary> territoriesFor(long staffId) {
        Viewer viewer = residents.viewer(staffId);
        return neighbourhoods.territories().stream().filter(t -> manages(viewer, t.id())).toList();
    }

    /** @return the new endpoint and its secret, shown this once */
    public WebhookViews.SecretShown create(long staffId, WebhookForm form) {
        Viewer viewer = residents.viewer(staffId);
        String url = checked(viewer, form);
        String secret = WebhookSignature.newSecret();
        long id = jdbc.sql("""
                        insert into webhook_endpoint (territory_id, url, description, event_types, sealed_secret,
                                                      enabled, created_by, created_at)
                        values (:territory, :url, :description, :types, '', true, :by, :now) returning id""")
                .param("territory", form.territoryId()).param("url", url)
                .param("description", description(form)).param("types", types(form))
                .param("by", staffId).param("now", Timestamp.from(clock.instant()))
                .query(Long.class).single();
        seal(id, secret);
        return new WebhookViews.SecretShown(id, secret);
    }

    public WebhookForm formOf(long id, long staffId) {
        WebhookViews.Endpoint e = visible(id, residents.viewer(staffId));
        return new WebhookForm(e.url(), e.description(), e.eventTypes(), e.territoryId(), e.enabled());
    }

    /** Saves the endpoint; enabling a disabled one starts its count of failures again. */
    public void update(long id, long staffId, WebhookForm form) {
        Viewer viewer = residents.viewer(staffId);
        visible(id, viewer);
        String url = checked(viewer, form);
        jdbc.sql("""
                        update webhook_endpoint set territory_id = :territory, url = :url, description = :description,
                               event_types = :types, enabled = :enabled,
                               consecutive_failures = case when :enabled and not enabled then 0 else consecutive_failures end,
                               disabled_at = case when :enabled then null else coalesce(disabled_at, cast(:now as timestamptz)) end,
                               version = version + 1
                        where id = :id""")
                .param("territory", form.territoryId()).param("url", url)
                .param("description", description(form)).param("types", types(form))
                .param("enabled", form.isEnabled()).param("now", Timestamp.from(clock.instant())).param("id", id)
                .update();
    }

    public void delete(long id, long staffId) {
        visible(id, residents.viewer(staffId));
        jdbc.sql("delete from webhook_endpoint where id = :id").param("id", id).update();
    }

    /** A new secret (the old one stops signing at once), shown this once. */
    public WebhookViews.SecretShown rotate(long id, long staffId) {
        visible(id, residents.viewer(staffId));
        String secret = WebhookSignature.newSecret();
        seal(id, secret);
        return new WebhookViews.SecretShown(id, secret);
    }

    /** A ping to the endpoint, sent with the next run. */
    public void ping(long id, long staffId) {
        visible(id, residents.viewer(staffId));
        outbox.ping(id);
    }

    /** One of its deliveries again, sent with the next run. */
    public void replay(long id, long deliveryId, long staffId) {
        visible(id, residents.viewer(staffId));
        outbox.replay(id, deliveryId);
    }

    @Transactional(readOnly = true)
    public List<WebhookViews.Delivery> deliveries(long id, long staffId) {
        visible(id, residents.viewer(staffId));
        return jdbc.sql("""
                        select id, message_id, event_type, status, attempts, next_attempt_at, created_at, delivered_at
                        from webhook_delivery where endpoint_id = :id order by id desc limit :max""")
                .param("id", id).param("max", LOG_LENGTH)
                .query((rs, n) -> new WebhookViews.Delivery(rs.getLong("id"), rs.getString("message_id"),
                        WebhookEventType.valueOf(rs.getString("event_type")), rs.getString("status"),
                        rs.getInt("attempts"), instant(rs, "next_attempt_at"), instant(rs, "created_at"),
                        instant(rs, "delivered_at")))
                .list();
    }

    @Transactional(readOnly = true)
    public List<WebhookViews.Attempt> attempts(long id, long staffId) {
        visible(id, residents.viewer(staffId));
        return jdbc.sql("""
                        select a.delivery_id, d.event_type, a.attempted_at, a.status_code, a.duration_ms, a.error,
                               a.response_excerpt
                        from webhook_attempt a join webhook_delivery d on d.id = a.delivery_id
                        where d.endpoint_id = :id order by a.id desc limit :max""")
                .param("id", id).param("max", LOG_LENGTH)
                .query((rs, n) -> new WebhookViews.Attempt(rs.getLong("delivery_id"),
                        WebhookEventType.valueOf(rs.getString("event_type")), instant(rs, "attempted_at"),
                        (Integer) rs.getObject("status_code"), rs.getInt("duration_ms"), rs.getString("error"),
                        rs.getString("response_excerpt")))
                .list();
    }

    /** The secret the sender signs with. */
    @Transactional(readOnly = true)
    String secretOf(long endpointId) {
        String sealed = jdbc.sql("select sealed_secret from webhook_endpoint where id = :id").param("id", endpointId)
                .query(String.class).single();
        return secrets.open(sealed, context(endpointId));
    }

    WebhookViews.Endpoint visible(long id, Viewer viewer) {
        return find(id).filter(e -> manages(viewer, e.territoryId()))
                .orElseThrow(() -> new NotFoundException("webhook endpoint", id));
    }

    private java.util.Optional<WebhookViews.Endpoint> find(long id) {
        return jdbc.sql("select * from webhook_endpoint where id = :id").param("id", id).query(this::endpoint)
                .optional();
    }

    private String checked(Viewer viewer, WebhookForm form) {
        if (!manages(viewer, form.territoryId())) {
            // a territory of someone else's, or every territory asked by staff limited to some
            throw Refusal.invalid("territoryId", "webhook.territory.notYours");
        }
        if (form.chosenTypes().isEmpty()) {
            throw Refusal.invalid("eventTypes", "webhook.events.required");
        }
        return WebhookAddress.check(form.url(), settings.allowLocalAddresses()).toString();
    }

    private void seal(long id, String secret) {
        jdbc.sql("update webhook_endpoint set sealed_secret = :sealed where id = :id")
                .param("sealed", secrets.seal(secret, context(id))).param("id", id).update();
    }

    /** A secret is bound to its endpoint: copied onto another row, it does not open. */
    private static String context(long endpointId) {
        return "webhook endpoint " + endpointId;
    }

    private static String description(WebhookForm form) {
        return form.description() == null ? "" : form.description().strip();
    }

    private static String types(WebhookForm form) {
        return form.chosenTypes().stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private WebhookViews.Endpoint endpoint(ResultSet rs, int row) throws SQLException {
        Long territoryId = (Long) rs.getObject("territory_id");
        return new WebhookViews.Endpoint(rs.getLong("id"), territoryId,
                territoryId == null ? null : neighbourhoods.territory(territoryId).name(), rs.getString("url"),
                rs.getString("description"),
                Arrays.stream(rs.getString("event_types").split(",")).filter(s -> !s.isBlank())
                        .map(WebhookEventType::valueOf).toList(),
                rs.getBoolean("enabled"), rs.getInt("consecutive_failures"), instant(rs, "disabled_at"),
                instant(rs, "created_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
