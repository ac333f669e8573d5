package org.voisinage.agenda.internal;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * iCalendar (RFC 5545) text built with ical4j. Times are written in UTC ({@code DTSTART:20261205T170000Z}), which
 * every calendar application converts to its own zone; the UID stays the same for the life of an event and SEQUENCE
 * grows with each change, so subscribed calendars update their copy rather than add a second one.
 */
public final class IcsWriter {

    private IcsWriter() {}

    /** One event of a calendar. */
    public record IcsEvent(String uid, String summary, String description, String location, Instant start, Instant end,
            int sequence, boolean cancelled, String url, Instant stamp, Recurrence recurrence) {

        public IcsEvent(String uid, String summary, String description, String location, Instant start, Instant end,
                int sequence, boolean cancelled, String url, Instant stamp) {
            this(uid, summary, description, location, start, end, sequence, cancelled, url, stamp, null);
        }
    }

    /**
     * An event's place in a series, written in the series' time zone (a weekly 18:00 stays at 18:00 across daylight
     * saving): the recurring event's rule and left-out dates, or the date a changed one overrides (same UID).
     *
     * @param rrule the rule (RFC 5545 RECUR), on the recurring event; null on an override
     * @param excluded the starts of the dates left out (EXDATE), on the recurring event
     * @param overrides the start, as the series created it, of the date this event overrides (RECURRENCE-ID)
     */
    public record Recurrence(ZoneId zone, String rrule, List<LocalDateTime> excluded, LocalDateTime overrides) {}

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    public static String calendar(String name, List<IcsEvent> events) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Voisinage//Agenda//FR"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        events.stream().map(IcsEvent::recurrence).filter(Objects::nonNull).map(r -> r.zone().getId()).distinct()
                .forEach(zone -> calendar.add(TIME_ZONES.getTimeZone(zone).getVTimeZone()));
        for (IcsEvent e : events) {
            Recurrence r = e.recurrence();
            VEvent event = r == null ? new VEvent(e.start(), e.end(), e.summary())
                    : new VEvent(e.start().atZone(r.zone()), e.end().atZone(r.zone()), e.summary());
            event.replace(new DtStamp(e.stamp()));
            if (r != null && r.rrule() != null) {
                event.add(new RRule<>(r.rrule()));
                if (!r.excluded().isEmpty()) {
                    event.add(new ExDate<>(zoned(r.zone()), String.join(",", r.excluded().stream().map(LOCAL::format).toList())));
                }
            }
            if (r != null && r.overrides() != null) {
                event.add(new RecurrenceId<>(zoned(r.zone()), LOCAL.format(r.overrides())));
            }
            event.add(new Uid(e.uid()));
            event.add(new Sequence(e.sequence()));
            event.add(e.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
            if (e.location() != null && !e.location().isBlank()) {
                event.add(new Location(e.location()));
            }
            if (e.description() != null && !e.description().isBlank()) {
                event.add(new Description(e.description()));
            }
            if (e.url() != null) {
                event.add(new Url(URI.create(e.url())));
            }
            event.add(new LastModified(e.stamp()));
            calendar.add(event);
        }
        return calendar.toString();
    }

    private static final TimeZoneRegistry TIME_ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private static ParameterList zoned(ZoneId zone) {
        return new ParameterList(List.of(new TzId(zone.getId())));
    }
}
