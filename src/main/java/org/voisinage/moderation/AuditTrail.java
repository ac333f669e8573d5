package org.voisinage.moderation;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.voisinage.common.SiteClock;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.Residents;
import org.voisinage.moderation.internal.Csv;

/**
 * The log of every staff and moderator action. Modules call {@link #record} in the transaction of the action
 * itself, so an action and its log line are kept or rolled back together.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

    /** A line of the log as staff read it. */
    public record Entry(long id, Instant at, Long actorId, String actorName, String action, String subject,
            String reason) {}

    private static final int EXPORT_BATCH = 1000;

    private final StaffActionRepository entries;
    private final Residents residents;
    private final Clock clock;
    private final ZoneId zone;

    AuditTrail(StaffActionRepository entries, Residents residents, Clock clock,
            SiteClock siteClock) {
        this.entries = entries;
        this.residents = residents;
        this.clock = clock;
        this.zone = siteClock.zone();
    }

    /**
     * @param actorId who acted (a staff member or moderator)
     * @param action a stable code, "module.verb": {@code "moderation.hide"}, {@code "announcement.publish"}
     * @param subject what it was done to, "type:id": {@code "listing:42"}, {@code "resident:7"}
     * @param reason why, in the actor's words; may be null
     */
    @Transactional
    public void record(long actorId, String action, String subject, String reason) {
        entries.save(new StaffAction(actorId, action, subject, reason, clock.instant()));
        StaffRequestAudit.recorded();
    }

    /** The log, newest first, filtered (a valid filter; an unknown actor email matches nothing). */
    public Page<Entry> search(AuditFilter filter, Pageable pageable) {
        Optional<Long> actor = actorOf(filter);
        if (actor.isEmpty()) {
            return Page.empty(pageable);
        }
        Page<StaffAction> page = query(filter, actor.get(), pageable);
        Map<Long, String> names = new HashMap<>();
        addNames(names, page.getContent());
        return page.map(a -> entry(a, names));
    }

    /**
     * The lines about one subject ("resident:7") whose action starts with a prefix ("assisted."), newest first: what
     * staff did for one person, shown on their page.
     */
    public List<Entry> about(String subject, String actionPrefix) {
        List<StaffAction> actions = entries.about(subject, actionPrefix);
        Map<Long, String> names = new HashMap<>();
        addNames(names, actions);
        return actions.stream().map(a -> entry(a, names)).toList();
    }

    /** Writes every matching line as CSV (header first), in batches so a long log never sits in memory. */
    public void export(AuditFilter filter, Writer out) throws IOException {
        out.write(Csv.line(List.of("at", "actor_id", "actor", "action", "subject", "reason")));
        Optional<Long> actor = actorOf(filter);
        if (actor.isEmpty()) {
            return;
        }
        Map<Long, String> names = new HashMap<>();
        Pageable pageable = PageRequest.of(0, EXPORT_BATCH);
        Page<StaffAction> page;
        do {
            page = query(filter, actor.get(), pageable);
            addNames(names, page.getContent());
            for (StaffAction a : page) {
                Entry e = entry(a, names);
                out.write(Csv.line(java.util.Arrays.asList(e.at(), e.actorId(), e.actorName(), e.action(),
                        e.subject(), e.reason())));
            }
            pageable = pageable.next();
        } while (page.hasNext());
    }

    private Page<StaffAction> query(AuditFilter filter, long actor, Pageable pageable) {
        Instant from = filter.from() == null ? Instant.EPOCH : filter.from().atStartOfDay(zone).toInstant();
        Instant to = filter.to() == null ? Instant.parse("9999-01-01T00:00:00Z")
                : filter.to().plusDays(1).atStartOfDay(zone).toInstant();
        String action = filter.action() == null ? "" : filter.action().strip();
        return entries.search(actor, action, from, to, pageable);
    }

    /** 0 for anyone; empty when the email names nobody. */
    private Optional<Long> actorOf(AuditFilter filter) {
        if (filter.actor() == null || filter.actor().isBlank()) {
            return Optional.of(0L);
        }
        return residents.idByEmail(filter.actor());
    }

    /** The names of the actors of these lines not named yet, in one query: a page runs a fixed number of statements. */
    private void addNames(Map<Long, String> names, List<StaffAction> actions) {
        List<Long> unnamed = actions.stream().map(StaffAction::getActorId)
                .filter(id -> id != null && !names.containsKey(id)).distinct().toList();
        residents.findAll(unnamed).values().forEach(r -> names.put(r.id(), r.displayName()));
    }

    private Entry entry(StaffAction a, Map<Long, String> names) {
        String name = a.getActorId() == null ? null : names.get(a.getActorId());
        return new Entry(a.getId(), a.getAt(), a.getActorId(), name, a.getAction(), a.getSubject(), a.getReason());
    }
}
