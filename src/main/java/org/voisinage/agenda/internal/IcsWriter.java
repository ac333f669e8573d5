package org.voisinage.agenda.internal;

import java.net.URI;
import java.time.Instant;
import java.util.List;
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
            int sequence, boolean cancelled, String url, Instant stamp) {}

    public static String calendar(String name, List<IcsEvent> events) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Voisinage//Agenda//FR"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        for (IcsEvent e : events) {
            VEvent event = new VEvent(e.start(), e.end(), e.summary());
            event.replace(new DtStamp(e.stamp()));
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
}
