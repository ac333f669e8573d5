package org.voisinage.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Residents;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;
import org.voisinage.following.Frequency;
import org.voisinage.following.NeighbourhoodDefaultFollow;
import org.voisinage.following.Topic;
import org.voisinage.following.TopicActivity;
import org.voisinage.moderation.AuditTrail;
import org.voisinage.neighbourhood.Neighbourhoods;

/**
 * Urgent alerts: a verified resident warns their neighbourhood; those who follow its alerts (topic "alerts",
 * IMMEDIATE by default) get an email at once through the following module. Limited per resident and day;
 * staff and the neighbourhood's moderators retract one, and the same followers are told.
 */
@Service
@Transactional(readOnly = true)
public class Alerts {

    public static final String TOPIC = "alerts";

    /** A key of its own for the advisory lock that serialises one resident's alerts (the rate limit). */
    private static final int RATE_LOCK = 0x616c7274;

    private final AlertRepository alerts;
    private final AlertAccess access;
    private final Residents residents;
    private final Neighbourhoods neighbourhoods;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration lifetime;
    private final int maxPerDay;

    Alerts(AlertRepository alerts, AlertAccess access, Residents residents, Neighbourhoods neighbourhoods, AuditTrail audit,
            ApplicationEventPublisher events, MessageSource messages, JdbcClient jdbc, Clock clock,
            AlertProperties settings) {
        this.alerts = alerts;
        this.access = access;
        this.residents = residents;
        this.neighbourhoods = neighbourhoods;
        this.audit = audit;
        this.events = events;
        this.messages = messages;
        this.jdbc = jdbc;
        this.clock = clock;
        this.lifetime = settings.lifetime();
        this.maxPerDay = settings.maxPerDay();
    }

    public static Topic topic(long neighbourhoodId) {
        return new Topic(TOPIC, neighbourhoodId);
    }

    /** Every verified resident follows their neighbourhood's alerts at once by email (changed on /alertes). */
    @org.springframework.context.annotation.Bean
    static NeighbourhoodDefaultFollow alertsDefaultFollow() {
        return new NeighbourhoodDefaultFollow(TOPIC, Frequency.IMMEDIATE);
    }

    public int maxPerDay() {
        return maxPerDay;
    }

    /**
     * Sends an alert to the resident's neighbourhood.
     *
     * @throws Refusal when they are not a verified member, are barred, sent too many today, or described a
     *         person without their behaviour
     */
    @Transactional
    public long raise(long residentId, AlertForm form) {
        ResidentView author = residents.get(residentId);
        if (!author.verified() || author.neighbourhoodId() == null) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, null, "alert.refused.notVerified");
        }
        if (residents.isBarred(residentId)) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, null, "alert.refused.barred");
        }
        if (form.category().describesPerson() && (form.behaviour() == null || form.behaviour().isBlank())) {
            throw new Refusal(Refusal.Kind.INVALID, "behaviour", "alert.refused.behaviourRequired");
        }
        Instant now = clock.instant();
        // one resident's alerts one at a time, so two sent at once cannot both pass the count
        jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(RATE_LOCK, (int) residentId).query().singleRow();
        if (alerts.countByAuthorIdAndCreatedAtAfter(residentId, now.minus(Duration.ofDays(1))) >= maxPerDay) {
            throw new Refusal(Refusal.Kind.LIMITED, null, "alert.refused.tooMany");
        }
        Alert alert = alerts.save(new Alert(residentId, author.neighbourhoodId(), form, now, now.plus(lifetime)));
        events.publishEvent(new TopicActivity(topic(alert.getNeighbourhoodId()), topicTitle(alert.getNeighbourhoodId()),
                "/alertes/" + alert.getId(), "alert", "alert.activity.raised." + alert.getCategory().name(),
                List.of(alert.getWhat(), alert.getLocation(), alert.getHappened(), alert.getAdvice(),
                        orEmpty(alert.getBehaviour()), orEmpty(alert.getClothing())),
                0, true, now).quoting(quoted(alert.getId())));
        return alert.getId();
    }

    /** The author says it is over: it leaves the neighbourhood's page. */
    @Transactional
    public void resolve(long id, long residentId) {
        Alert alert = findVisible(id, residentId);
        if (alert.getAuthorId() != residentId) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, null, "alert.refused.notAuthor");
        }
        alert.resolve(clock.instant());
    }

    /**
     * Staff, or a moderator of the alert's neighbourhood, retract it; everyone it was sent to at once is told.
     *
     * @throws Refusal when the actor may not, or it was already retracted
     */
    @Transactional
    public void retract(long id, long actorId, String reason) {
        Alert alert = findVisible(id, actorId);
        if (!mayRetract(actorId, alert.getNeighbourhoodId())) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, null, "alert.refused.notModerator");
        }
        if (alert.isRetracted()) {
            throw new Refusal(Refusal.Kind.CONFLICT, null, "alert.refused.alreadyRetracted");
        }
        Instant now = clock.instant();
        alert.retract(actorId, reason, now);
        audit.record(actorId, "alert.retract", "alert:" + id, reason.strip());
        events.publishEvent(new TopicActivity(topic(alert.getNeighbourhoodId()), topicTitle(alert.getNeighbourhoodId()),
                "/alertes/" + id, "retraction", "alert.activity.retracted",
                List.of(alert.getWhat(), alert.getRetractionReason()), 0, true, now));
    }

    /** How the activity of a raised alert names it, to withdraw it when a moderator hides or redacts the alert. */
    static String quoted(long alertId) {
        return "alert:" + alertId;
    }

    public boolean mayRetract(long actorId, long neighbourhoodId) {
        return access.mayRetract(residents.viewer(actorId), neighbourhoodId);
    }

    /** The neighbourhood's current alerts, newest first; only for its members (and staff). */
    public List<AlertView> current(long neighbourhoodId, ResidentView viewer) {
        // staff limited to other territories are no members here (Viewer, not the session's ResidentView)
        if (viewer == null || !residents.viewer(viewer.id()).isMemberOf(neighbourhoodId)) {
            return List.of();
        }
        Instant now = clock.instant();
        List<Alert> found = alerts.findCurrent(neighbourhoodId, now);
        Map<Long, String> names = authorNames(found);
        return found.stream().map(a -> view(a, viewer, now, false, names)).toList();
    }

    /** The neighbourhood's latest alerts, current or not, for its members (and staff, and moderators). */
    public List<AlertView> latest(long neighbourhoodId, ResidentView viewer) {
        if (!canSee(neighbourhoodId, viewer)) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, null, "alert.refused.membersOnly");
        }
        Instant now = clock.instant();
        boolean retracts = mayRetract(viewer.id(), neighbourhoodId);
        List<Alert> found = alerts.findTop50ByNeighbourhoodIdOrderByCreatedAtDesc(neighbourhoodId);
        Map<Long, String> names = authorNames(found);
        List<AlertView> views = new ArrayList<>();
        for (Alert a : found) {
            if (!a.isHidden() || a.getAuthorId() == viewer.id() || retracts) {
                views.add(view(a, viewer, now, retracts, names));
            }
        }
        return views;
    }

    /** One alert: its neighbourhood's members, staff and moderators see it; hidden ones only its author and them. */
    public AlertView get(long id, ResidentView viewer) {
        Alert a = find(id);
        if (!visibleTo(a, viewer)) {
            throw new NotFoundException("alert", id);
        }
        return view(a, viewer, clock.instant(), mayRetract(viewer.id(), a.getNeighbourhoodId()));
    }

    boolean visibleTo(Alert a, ResidentView viewer) {
        return viewer != null && access.maySee(residents.viewer(viewer.id()), a);
    }

    private boolean canSee(long neighbourhoodId, ResidentView viewer) {
        return viewer != null && access.maySeeAlertsOf(residents.viewer(viewer.id()), neighbourhoodId);
    }

    /** Alerts sent per neighbourhood since then, by neighbourhood id (the staff dashboard). */
    public Map<Long, Long> raisedPerNeighbourhood(Instant since) {
        Map<Long, Long> counts = new HashMap<>();
        alerts.countPerNeighbourhoodSince(since).forEach(c -> counts.put(c.getNeighbourhoodId(), c.getCount()));
        return counts;
    }

    Alert find(long id) {
        return alerts.findById(id).orElseThrow(() -> new NotFoundException("alert", id));
    }

    /** An alert this person may see; one they may not is not there for them (nothing says it exists). */
    private Alert findVisible(long id, long residentId) {
        Alert alert = find(id);
        if (!access.maySee(residents.viewer(residentId), alert)) {
            throw new NotFoundException("alert", id);
        }
        return alert;
    }

    /** The authors' names in one statement, whatever the number of alerts and authors. */
    private Map<Long, String> authorNames(List<Alert> list) {
        Map<Long, String> names = new HashMap<>();
        residents.findAll(list.stream().map(Alert::getAuthorId).collect(java.util.stream.Collectors.toSet()))
                .forEach((id, author) -> names.put(id, author.displayName()));
        return names;
    }

    private AlertView view(Alert a, ResidentView viewer, Instant now, boolean canRetract) {
        return view(a, viewer, now, canRetract, new HashMap<>());
    }

    private AlertView view(Alert a, ResidentView viewer, Instant now, boolean canRetract, Map<Long, String> names) {
        boolean mine = viewer != null && a.getAuthorId() == viewer.id();
        String author = names.computeIfAbsent(a.getAuthorId(),
                id -> residents.find(id).map(ResidentView::displayName).orElse(""));
        return new AlertView(a.getId(), a.getNeighbourhoodId(), a.getCategory(), a.getWhat(), a.getLocation(),
                a.getHappened(), a.getAdvice(), a.getBehaviour(), a.getClothing(), author, a.getCreatedAt(),
                a.getExpiresAt(), a.getResolvedAt(), a.getRetractedAt(), a.getRetractionReason(), a.isCurrent(now), mine,
                canRetract && !a.isRetracted(), mine ? a.getHiddenReason() : null);
    }

    /** The topic's title in emails and on /suivis, in the site's language (one title per topic). */
    private String topicTitle(long neighbourhoodId) {
        return messages.getMessage("alert.topic.title", new Object[] {neighbourhoods.get(neighbourhoodId).name()},
                Locale.FRENCH);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
