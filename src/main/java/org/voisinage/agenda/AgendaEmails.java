package org.voisinage.agenda;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Function;
import org.voisinage.common.SiteClock;
import org.voisinage.common.SiteProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.voisinage.account.ResidentDetails;
import org.voisinage.account.Residents;
import org.voisinage.account.Viewer;
import org.voisinage.notification.Email;
import org.voisinage.notification.Outbox;

/**
 * The agenda's emails, queued in the outbox within the transaction that caused them: moved up from the waitlist,
 * event changed (each change old → new), event cancelled, the day-before reminder. Dates are written in the site's
 * time zone and the recipient's language.
 */
@Component
class AgendaEmails {

    private final Outbox outbox;
    private final Residents residents;
    private final EventAccess access;
    private final MessageSource messages;
    private final String baseUrl;
    private final ZoneId zone;

    AgendaEmails(Outbox outbox, Residents residents, EventAccess access, MessageSource messages, SiteProperties site,
            SiteClock siteClock) {
        this.outbox = outbox;
        this.residents = residents;
        this.access = access;
        this.messages = messages;
        this.baseUrl = site.baseUrl();
        this.zone = siteClock.zone();
    }

    /** A line of an email listing what changed. */
    record ChangeLine(String label, String before, String after) {}

    void promoted(AgendaEvent event, long residentId) {
        if (!mayReceive(event, residents.viewer(residentId))) {
            return;
        }
        residents.details(residentId).ifPresent(r -> outbox.queue(email(r, event, "agenda/email/promoted",
                "agenda.email.promoted.subject")
                // a resident may be moved up more than once (left, came back): one email each time
                .messageId("agenda-" + event.getId() + "-promoted-" + residentId + "-" + System.nanoTime())));
    }

    void changed(AgendaEvent event, List<EventChange> changes, List<Long> recipients) {
        queueToEach(event, recipients, r -> email(r, event, "agenda/email/changed", "agenda.email.changed.subject")
                .with("changes", lines(changes, r.locale()))
                .messageId("agenda-" + event.getId() + "-changed-" + event.getSequence() + "-" + r.id()));
    }

    void cancelled(AgendaEvent event, List<Long> recipients) {
        queueToEach(event, recipients, r -> email(r, event, "agenda/email/cancelled", "agenda.email.cancelled.subject")
                .messageId("agenda-" + event.getId() + "-cancelled-" + r.id()));
    }

    /** The day-before reminder; its Message-ID names the start time, so an event moved elsewhere is reminded again. */
    void reminded(AgendaEvent event, List<Long> recipients) {
        queueToEach(event, recipients, r -> email(r, event, "agenda/email/reminder", "agenda.email.reminder.subject")
                .messageId("agenda-" + event.getId() + "-reminder-" + event.getStartsAt().getEpochSecond() + "-" + r.id()));
    }

    /** One email to each recipient the event's policy still lets hear of it, queued together. */
    private void queueToEach(AgendaEvent event, List<Long> recipients, Function<ResidentDetails, Email> email) {
        List<Email> batch = new ArrayList<>();
        Map<Long, Viewer> viewers = residents.viewers(recipients);
        for (long residentId : recipients) {
            if (!mayReceive(event, viewers.getOrDefault(residentId, Viewer.ANONYMOUS))) {
                continue;
            }
            residents.details(residentId).ifPresent(r -> batch.add(email.apply(r)));
        }
        outbox.queueAll(batch);
    }

    /**
     * The event's policy, asked again as each email is built: an attendee rejected, sanctioned or moved away since
     * they answered hears no more of a members-only event (a public one stays theirs to hear about).
     */
    private boolean mayReceive(AgendaEvent event, Viewer viewer) {
        return access.maySee(viewer, event);
    }

    private Email email(ResidentDetails r, AgendaEvent event, String template, String subjectKey) {
        return Email.to(r.email(), r.locale(), template, subjectKey, event.getTitle())
                .with("name", r.displayName())
                .with("title", event.getTitle())
                .with("when", format(event.getStartsAt(), r.locale()))
                .with("place", event.getPlace())
                .with("link", baseUrl + "/agenda/evenements/" + event.getId());
    }

    private List<ChangeLine> lines(List<EventChange> changes, Locale locale) {
        return changes.stream().map(c -> new ChangeLine(messages.getMessage(c.labelKey(), null, locale),
                value(c.before(), locale), value(c.after(), locale))).toList();
    }

    private String value(Object value, Locale locale) {
        if (value == null) {
            return messages.getMessage("agenda.email.none", null, locale);
        }
        return value instanceof Instant instant ? format(instant, locale) : value.toString();
    }

    private String format(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone).format(instant);
    }
}
