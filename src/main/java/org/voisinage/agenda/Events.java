package org.voisinage.agenda;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import org.voisinage.common.SiteClock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Residents;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;
import org.voisinage.directory.AddressDirectory;
import org.voisinage.moderation.AuditTrail;
import org.voisinage.neighbourhood.Neighbourhoods;

/**
 * Organisers create, change and cancel events. Verified members organise in their own neighbourhood; a host's
 * organisers (as its {@link EventHost} says) organise for the host; staff anywhere, every act of theirs on someone
 * else's event kept in the audit trail. Attendees and the waitlist are emailed what changed.
 */
@Service
@Transactional(readOnly = true)
public class Events {

    /** Markdown is sanitised when shown; a script in it is refused outright so the author knows it will not run. */
    private static final Pattern SCRIPT = Pattern.compile("(?i)<\\s*/?\\s*(script|iframe|object|embed)\\b|javascript\\s*:");

    private final AgendaEventRepository events;
    private final RsvpRepository rsvps;
    private final EventHosts hosts;
    private final Residents residents;
    private final Neighbourhoods neighbourhoods;
    private final AddressDirectory directory;
    private final AgendaEmails emails;
    private final Waitlist waitlist;
    private final AuditTrail audit;
    private final EventAccess access;
    private final AgendaSeriesRepository seriesRepository;
    private final Clock clock;
    private final ZoneId zone;
    private final ApplicationEventPublisher publisher;

    Events(AgendaEventRepository events, RsvpRepository rsvps, EventHosts hosts, Residents residents,
            Neighbourhoods neighbourhoods, AddressDirectory directory, AgendaEmails emails, Waitlist waitlist,
            AuditTrail audit, EventAccess access, Clock clock, SiteClock siteClock,
            AgendaSeriesRepository seriesRepository, ApplicationEventPublisher publisher) {
        this.seriesRepository = seriesRepository;
        this.publisher = publisher;
        this.events = events;
        this.rsvps = rsvps;
        this.hosts = hosts;
        this.residents = residents;
        this.neighbourhoods = neighbourhoods;
        this.directory = directory;
        this.emails = emails;
        this.waitlist = waitlist;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
        this.zone = siteClock.zone();
    }

    /**
     * @throws Refusal not a member or organiser of the host, a rule across fields (end before start,
     *         already over, unknown address, script in the description)
     */
    @Transactional
    public long create(EventForm form, long residentId) {
        return create(form, RepeatForm.none(), residentId);
    }

    /**
     * A one-off event, or a series: one event per date of the rule (each with its own answers), the form's dates and
     * times those of the first.
     *
     * @return the (first) event
     * @throws Refusal as {@link #create(EventForm, long)}, and a repetition without an end or beyond the bound
     */
    @Transactional
    public long create(EventForm form, RepeatForm repeat, long residentId) {
        ResidentView who = actor(residentId);
        long neighbourhoodId;
        String hostType = null;
        Long hostId = null;
        if (form.hosted()) {
            EventHostSummary host = hosts.find(form.hostType(), form.hostId())
                    .orElseThrow(() -> new NotFoundException("event host", form.hostType() + ":" + form.hostId()));
            if (!hosts.canOrganise(host.type(), host.id(), residentId)) {
                throw Refusal.forbidden("agenda.refused.notHostOrganiser");
            }
            hostType = host.type();
            hostId = host.id();
            neighbourhoodId = host.neighbourhoodId() > 0 ? host.neighbourhoodId() : chosenNeighbourhood(form, who);
        } else if (who.staff()) {
            neighbourhoodId = chosenNeighbourhood(form, who);
        } else {
            if (!who.verified() || who.neighbourhoodId() == null) {
                throw Refusal.forbidden("agenda.refused.notMember");
            }
            neighbourhoodId = who.neighbourhoodId();
        }
        EventDetails details = details(form);
        if (!details.endsAt().isAfter(clock.instant())) {
            throw Refusal.invalid("endDate", "agenda.event.over");
        }
        if (!repeat.repeats()) {
            AgendaEvent event = events.save(new AgendaEvent(neighbourhoodId, hostType, hostId, residentId, details));
            if (who.staff()) {
                audit.record(residentId, "agenda.create", "event:" + event.getId(), null);
            }
            published(event);
            return event.getId();
        }
        SeriesRule rule = SeriesRule.from(repeat.repetition(), form.startDate());
        List<LocalDate> dates = rule.dates(form.startDate(), repeat.repeatCount(), repeat.repeatUntil());
        AgendaSeries series = seriesRepository.save(new AgendaSeries(neighbourhoodId, residentId, rule, dates, details, zone));
        long days = ChronoUnit.DAYS.between(form.startDate(), form.endDate());
        List<AgendaEvent> created = new ArrayList<>();
        for (LocalDate date : dates) {
            EventDetails onDate = new EventDetails(details.title(), details.description(),
                    ZonedDateTime.of(date, form.startTime(), zone).toInstant(),
                    ZonedDateTime.of(date.plusDays(days), form.endTime(), zone).toInstant(), details.place(),
                    details.addressId(), details.capacity(), details.visibility());
            AgendaEvent event = new AgendaEvent(neighbourhoodId, hostType, hostId, residentId, onDate);
            event.belongTo(series.getId(), date);
            created.add(event);
        }
        events.saveAll(created);
        if (who.staff()) {
            audit.record(residentId, "agenda.create", "series:" + series.getId(), null);
        }
        published(created.get(0));
        return created.get(0).getId();
    }

    private void published(AgendaEvent event) {
        publisher.publishEvent(new EventPublished(event.getId(), event.getNeighbourhoodId(), event.getTitle(),
                event.getStartsAt(), event.getVisibility() != Visibility.PUBLIC));
    }

    /**
     * Cancels this date of its series and every later one not cancelled yet; each date's attendees are told.
     *
     * @return how many dates were cancelled
     * @throws Refusal not an organiser, or the event is not part of a series
     */
    @Transactional
    public int cancelFromDate(long eventId, long residentId) {
        AgendaEvent from = events.findById(eventId).orElseThrow(() -> new NotFoundException("event", eventId));
        ResidentView who = actor(residentId);
        requireOrganiser(from, who);
        if (from.getSeriesId() == null) {
            throw Refusal.conflict("agenda.series.none");
        }
        int cancelled = 0;
        for (AgendaEvent date : events.ofSeries(List.of(from.getSeriesId()))) {
            if (!date.getOccurrenceDate().isBefore(from.getOccurrenceDate()) && !date.isCancelled()) {
                cancel(date.getId(), residentId);
                cancelled++;
            }
        }
        return cancelled;
    }

    /** The series form filled with this date as it is, for an organiser; a one-off event has none. */
    public SeriesForm seriesForm(long eventId, long residentId) {
        AgendaEvent event = events.findById(eventId).orElseThrow(() -> new NotFoundException("event", eventId));
        requireOrganiser(event, actor(residentId));
        if (event.getSeriesId() == null) {
            throw new NotFoundException("series of event", eventId);
        }
        return SeriesForm.of(event, zone);
    }

    /**
     * Changes this date of its series and every later one: title, description, place and times of day. For calendars
     * the series is split in two at this date (the earlier dates keep their recurring event, ending before it; the
     * later ones get one of their own), so both read right. Later dates changed alone keep their own changes, and
     * cancelled ones stay cancelled; the attendees of each date changed are told.
     *
     * @return how many dates were changed
     * @throws Refusal not an organiser, not a series, a past date, the end not after the start, script in the text
     */
    @Transactional
    public int changeFromDate(long eventId, SeriesForm form, long residentId) {
        AgendaEvent from = events.findById(eventId).orElseThrow(() -> new NotFoundException("event", eventId));
        ResidentView who = actor(residentId);
        requireOrganiser(from, who);
        if (from.getSeriesId() == null) {
            throw Refusal.conflict("agenda.series.none");
        }
        if (from.isPast(clock.instant())) {
            throw Refusal.conflict("agenda.series.fromPast");
        }
        String description = form.description() == null ? "" : form.description().strip();
        if (SCRIPT.matcher(description).find()) {
            throw Refusal.invalid("description", "agenda.description.script");
        }
        if (!form.endTime().isAfter(form.startTime())) {
            throw Refusal.invalid("endTime", "agenda.event.endBeforeStart");
        }
        AgendaSeries series = seriesRepository.findById(from.getSeriesId())
                .orElseThrow(() -> new NotFoundException("series", from.getSeriesId()));
        LocalDate at = from.getOccurrenceDate();
        List<LocalDate> dates = series.rule().dates(series.getFirstDate(), series.getOccurrences(), null);
        int before = (int) dates.stream().filter(d -> d.isBefore(at)).count();
        int after = dates.size() - before;
        List<AgendaEvent> all = events.ofSeries(List.of(series.getId()));
        List<AgendaEvent> earlier = all.stream().filter(e -> e.getOccurrenceDate().isBefore(at)).toList();
        List<AgendaEvent> later = all.stream().filter(e -> !e.getOccurrenceDate().isBefore(at)).toList();
        // asked before the series changes: which later dates still are as the series created them (and the date the
        // organiser changes from, whatever it was)
        List<AgendaEvent> asCreated = later.stream().filter(e -> !e.isCancelled()
                && (e.getId().equals(from.getId()) || series.createdAsIs(e, zone))).toList();

        for (AgendaEvent date : asCreated) {
            EventDetails next = new EventDetails(form.title().strip(), description,
                    ZonedDateTime.of(date.getOccurrenceDate(), form.startTime(), zone).toInstant(),
                    ZonedDateTime.of(date.getOccurrenceDate(), form.endTime(), zone).toInstant(), form.place().strip(),
                    date.getAddressId(), date.getCapacity(), date.getVisibility());
            List<EventChange> changes = date.change(next);
            if (!changes.isEmpty()) {
                emails.changed(date, changes, attendees(date.getId()));
            }
        }
        AgendaSeries target = null;
        if (before == 0) {
            target = series;
        } else if (before == 1) {
            // a series keeps two dates at least: the one date before stands alone, the series starts at this one
            earlier.forEach(AgendaEvent::leaveSeries);
            if (after > 1) {
                series.startFrom(at, after);
                target = series;
            }
        } else {
            if (after > 1) {
                target = seriesRepository.save(new AgendaSeries(series, at, after));
            }
            series.keepFirst(before, dates.get(before - 1));
        }
        if (target == null) {
            // the last date alone: an event of its own (the series, if anything is left of it, ended before it)
            later.forEach(AgendaEvent::leaveSeries);
        } else {
            long targetId = target.getId();
            later.forEach(e -> e.belongTo(targetId, e.getOccurrenceDate()));
            target.describe(form.title().strip(), description, form.place().strip(), form.startTime(),
                    (int) java.time.Duration.between(form.startTime(), form.endTime()).toMinutes());
        }
        if (who.id() != from.getOrganiserId() && who.staff()) {
            audit.record(residentId, "agenda.change", "series:" + series.getId() + "@" + at, null);
        }
        return asCreated.size();
    }

    /** The series this event is a date of, as its page describes it; empty for a one-off event. */
    public java.util.Optional<SeriesSummary> seriesOf(long eventId) {
        return events.findById(eventId).filter(e -> e.getSeriesId() != null)
                .flatMap(e -> seriesRepository.findById(e.getSeriesId()))
                .map(s -> new SeriesSummary(s.getFrequency(), s.getWeekOfMonth(), s.getFirstDate().getDayOfWeek(),
                        s.getOccurrences(), s.getLastDate()));
    }

    /** The form filled with the event as it is, for an organiser. */
    public EventForm form(long eventId, long residentId) {
        AgendaEvent event = events.findById(eventId).orElseThrow(() -> new NotFoundException("event", eventId));
        requireOrganiser(event, actor(residentId));
        return EventForm.of(event, zone);
    }

    /**
     * Applies the organiser's changes; when the capacity grows, the waitlist moves up; attendees and the waitlist are
     * told what changed (old and new value).
     */
    @Transactional
    public List<EventChange> change(long eventId, EventForm form, long residentId) {
        AgendaEvent event = events.lock(eventId).orElseThrow(() -> new NotFoundException("event", eventId));
        ResidentView who = actor(residentId);
        requireOrganiser(event, who);
        List<EventChange> changes = event.change(details(form));
        waitlist.promoteWhileRoom(event);
        if (!changes.isEmpty()) {
            emails.changed(event, changes, attendees(eventId));
        }
        if (who.id() != event.getOrganiserId() && who.staff()) {
            audit.record(residentId, "agenda.change", "event:" + eventId, null);
        }
        return changes;
    }

    /** Cancels the event: it stays listed as cancelled (calendars get STATUS:CANCELLED); attendees are told. */
    @Transactional
    public void cancel(long eventId, long residentId) {
        AgendaEvent event = events.lock(eventId).orElseThrow(() -> new NotFoundException("event", eventId));
        ResidentView who = actor(residentId);
        requireOrganiser(event, who);
        event.cancel(clock.instant());
        emails.cancelled(event, attendees(eventId));
        publisher.publishEvent(new EventCancelled(eventId, event.getNeighbourhoodId(), event.getTitle(),
                event.getStartsAt(), event.getVisibility() != Visibility.PUBLIC));
        if (who.id() != event.getOrganiserId() && who.staff()) {
            audit.record(residentId, "agenda.cancel", "event:" + eventId, null);
        }
    }

    private List<Long> attendees(long eventId) {
        return rsvps.withStatus(eventId, EnumSet.of(RsvpStatus.GOING, RsvpStatus.WAITLISTED)).stream()
                .map(Rsvp::getResidentId).toList();
    }

    /** Whether this person may change and cancel the event: its organiser, the host's organisers, staff. */
    boolean mayOrganise(AgendaEvent event, ResidentView who) {
        return who != null && (who.id() == event.getOrganiserId()
                || residents.viewer(who.id()).staffOfNeighbourhood(event.getNeighbourhoodId())
                || hosts.canOrganise(event.getHostType(), event.getHostId(), who.id()));
    }

    private void requireOrganiser(AgendaEvent event, ResidentView who) {
        // an event this person may not see is not there for them: nothing says it exists
        if (!access.maySee(residents.viewer(who.id()), event)) {
            throw new NotFoundException("event", event.getId());
        }
        if (!mayOrganise(event, who)) {
            throw Refusal.forbidden("agenda.refused.notOrganiser");
        }
    }

    private ResidentView actor(long residentId) {
        if (residents.isBarred(residentId)) {
            throw Refusal.forbidden("agenda.refused.barred");
        }
        return residents.get(residentId);
    }

    /** Staff, and hosts without a neighbourhood of their own, say which neighbourhood the event is in. */
    private long chosenNeighbourhood(EventForm form, ResidentView who) {
        if (form.neighbourhoodId() == null) {
            if (who.neighbourhoodId() != null && who.isMemberOf(who.neighbourhoodId())) {
                return who.neighbourhoodId();
            }
            throw Refusal.invalid("neighbourhoodId", "agenda.neighbourhood.required");
        }
        try {
            return neighbourhoods.get(form.neighbourhoodId()).id();
        } catch (NotFoundException e) {
            throw Refusal.invalid("neighbourhoodId", "agenda.neighbourhood.unknown");
        }
    }

    private static boolean outOfRange(int year) {
        return year < 2000 || year > 2200;
    }

    /** The form's values checked across fields and converted: times are entered in the site's time zone. */
    EventDetails details(EventForm form) {
        String description = form.description() == null ? "" : form.description().strip();
        if (SCRIPT.matcher(description).find()) {
            throw Refusal.invalid("description", "agenda.description.script");
        }
        String addressId = form.addressId() == null || form.addressId().isBlank() ? null : form.addressId().strip();
        if (addressId != null && directory.find(addressId).isEmpty()) {
            throw Refusal.invalid("addressId", "agenda.address.unknown");
        }
        if (outOfRange(form.startDate().getYear()) || outOfRange(form.endDate().getYear())) {
            throw Refusal.invalid("startDate", "agenda.date.invalid");
        }
        Instant startsAt;
        Instant endsAt;
        try {
            startsAt = ZonedDateTime.of(form.startDate(), form.startTime(), zone).toInstant();
            endsAt = ZonedDateTime.of(form.endDate(), form.endTime(), zone).toInstant();
        } catch (DateTimeException e) {
            throw new Refusal(Refusal.Kind.INVALID, "startDate", "agenda.date.invalid");
        }
        return new EventDetails(form.title().strip(), description, startsAt, endsAt, form.place().strip(), addressId,
                form.capacity(), form.visibility());
    }
}
