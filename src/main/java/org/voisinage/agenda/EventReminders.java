package org.voisinage.agenda;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.common.SiteClock;

/**
 * The day-before reminders: from {@code reminder-time} of the day {@code reminder-days-before} the event's day, the
 * residents going get an email, through the outbox. Each answer keeps the start time it was reminded of, so a run
 * twice (or two instances) sends one reminder, and an event moved to another time is reminded again. The event's
 * access policy is asked as each email is built (a resident no longer allowed gets none); a cancelled or hidden event
 * reminds nobody; residents may turn reminders off ({@link AgendaPreferences}), operators too
 * ({@code voisinage.agenda.reminders-enabled}).
 */
@Service
public class EventReminders {

    private static final int BATCH = 500;

    private final RsvpRepository rsvps;
    private final AgendaEventRepository events;
    private final AgendaEmails emails;
    private final AgendaProperties properties;
    private final Clock clock;
    private final ZoneId zone;

    EventReminders(RsvpRepository rsvps, AgendaEventRepository events, AgendaEmails emails, AgendaProperties properties,
            Clock clock, SiteClock siteClock) {
        this.rsvps = rsvps;
        this.events = events;
        this.emails = emails;
        this.properties = properties;
        this.clock = clock;
        this.zone = siteClock.zone();
    }

    /** Sends the reminders due now. @return how many answers were handled (an email each, unless refused) */
    @Transactional
    public int sendDue() {
        if (!properties.remindersEnabled()) {
            return 0;
        }
        Instant now = clock.instant();
        Instant until = dueUntil(now);
        int handled = 0;
        List<Rsvp> due;
        do {
            due = rsvps.dueReminders(now, until, BATCH);
            Map<Long, AgendaEvent> byId = events.findAllById(due.stream().map(Rsvp::getEventId).distinct().toList())
                    .stream().collect(Collectors.toMap(AgendaEvent::getId, e -> e));
            Map<Long, List<Rsvp>> byEvent = due.stream()
                    .collect(Collectors.groupingBy(Rsvp::getEventId, LinkedHashMap::new, Collectors.toList()));
            byEvent.forEach((eventId, answers) -> {
                AgendaEvent event = byId.get(eventId);
                emails.reminded(event, answers.stream().map(Rsvp::getResidentId).toList());
                answers.forEach(r -> r.reminded(event.getStartsAt()));
            });
            rsvps.flush();
            handled += due.size();
        } while (due.size() == BATCH);
        return handled;
    }

    /**
     * Events starting before this are due: those of the day {@code reminder-days-before} from today once its
     * reminder time has come (of the day before that until then), and any sooner one not reminded yet (answered
     * after its reminders went, or missed while the site was down).
     */
    Instant dueUntil(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        LocalDate lastDay = local.toLocalDate().plusDays(properties.reminderDaysBefore());
        if (local.toLocalTime().isBefore(properties.reminderTime())) {
            lastDay = lastDay.minusDays(1);
        }
        return lastDay.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
