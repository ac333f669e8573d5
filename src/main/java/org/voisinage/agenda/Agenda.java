package org.voisinage.agenda;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.voisinage.common.SiteClock;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Residents;
import org.voisinage.agenda.AgendaViews.Day;
import org.voisinage.agenda.AgendaViews.DayEvent;
import org.voisinage.agenda.AgendaViews.EventCard;
import org.voisinage.agenda.AgendaViews.EventPage;
import org.voisinage.agenda.AgendaViews.Month;
import org.voisinage.agenda.AgendaViews.Viewer;
import org.voisinage.common.Markdown;
import org.voisinage.common.NotFoundException;
import org.voisinage.directory.AddressDirectory;
import org.voisinage.directory.DirectoryAddress;
import org.voisinage.neighbourhood.NeighbourhoodSummary;
import org.voisinage.neighbourhood.Neighbourhoods;

/**
 * The agenda module's API for other modules, and its pages' reading side: a neighbourhood's month, its coming and
 * past events, an event's page. Anyone sees public events; the neighbourhood's verified members (and staff) its
 * members-only events too; hidden events only their organiser and moderators.
 */
@Service
@Transactional(readOnly = true)
public class Agenda {

    private final AgendaEventRepository events;
    private final RsvpRepository rsvps;
    private final EventHosts hosts;
    private final Residents residents;
    private final Neighbourhoods neighbourhoods;
    private final AddressDirectory directory;
    private final Markdown markdown;
    private final EventAccess access;
    private final Clock clock;
    private final ZoneId zone;

    Agenda(AgendaEventRepository events, RsvpRepository rsvps, EventHosts hosts, Residents residents,
            Neighbourhoods neighbourhoods, AddressDirectory directory, Markdown markdown, EventAccess access,
            Clock clock, SiteClock siteClock) {
        this.markdown = markdown;
        this.access = access;
        this.events = events;
        this.rsvps = rsvps;
        this.hosts = hosts;
        this.residents = residents;
        this.neighbourhoods = neighbourhoods;
        this.directory = directory;
        this.clock = clock;
        this.zone = siteClock.zone();
    }

    /**
     * The host's coming public events (not ended, not cancelled nor hidden), soonest first, at most {@code max}: what
     * anyone may see on the host's page.
     */

    /** The neighbourhood whose agenda is asked for, as this viewer may read it; a kept-out members-only one: 404. */
    public NeighbourhoodSummary readable(NeighbourhoodSummary neighbourhood, ResidentView me) {
        if (!access.maySeeAgendaOf(residents.viewer(me == null ? null : me.id()), neighbourhood.id())) {
            throw new NotFoundException("neighbourhood", neighbourhood.slug());
        }
        return neighbourhood;
    }

    public List<EventSummary> upcomingOf(String hostType, long hostId, int max) {
        return upcomingOf(hostType, hostId, max, null);
    }

    /** As {@link #upcomingOf(String, long, int)}, with the members-only events this viewer (null: anonymous) may see. */
    public List<EventSummary> upcomingOf(String hostType, long hostId, int max, ResidentView viewer) {
        if (max <= 0) {
            return List.of();
        }
        return events.upcomingOfHost(hostType, hostId, clock.instant(), PageRequest.of(0, Math.min(max, 100))).stream()
                .filter(e -> e.getVisibility() == Visibility.PUBLIC
                        || (viewer != null && viewer.isMemberOf(e.getNeighbourhoodId())))
                .map(AgendaEvent::toSummary).toList();
    }

    /** The site's time zone, in which pages show times. */
    public ZoneId zone() {
        return zone;
    }

    /** Today in the site's time zone. */
    public YearMonth currentMonth() {
        return YearMonth.now(clock.withZone(zone));
    }

    /** The month grid, Monday to Sunday, each day with the events happening on it (an event on three days, thrice). */
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    public Month month(NeighbourhoodSummary neighbourhood, YearMonth month, ResidentView viewer) {
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<AgendaEvent> found = events.between(neighbourhood.id(), member(neighbourhood.id(), viewer), viewerId(viewer),
                first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        // each event put in the days it covers, once: linear in the events, whatever their number
        int length = (int) ChronoUnit.DAYS.between(first, last) + 1;
        List<List<DayEvent>> byDay = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            byDay.add(new ArrayList<>());
        }
        int inMonth = 0;
        for (AgendaEvent e : found) {
            ZonedDateTime starts = e.getStartsAt().atZone(zone);
            // an event ending at midnight does not cover the day that begins then
            ZonedDateTime ends = e.getEndsAt().minusNanos(1).atZone(zone);
            DayEvent shown = new DayEvent(e.getId(), e.getTitle(), HOUR_MINUTE.format(starts), e.isCancelled());
            long from = Math.max(0, ChronoUnit.DAYS.between(first, starts.toLocalDate()));
            long to = Math.min(length - 1, ChronoUnit.DAYS.between(first, ends.toLocalDate()));
            for (long i = from; i <= to; i++) {
                byDay.get((int) i).add(shown);
            }
            if (!YearMonth.from(starts).isAfter(month) && !YearMonth.from(e.getEndsAt().atZone(zone)).isBefore(month)) {
                inMonth++;
            }
        }
        List<Day> days = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            LocalDate day = first.plusDays(i);
            days.add(new Day(day, YearMonth.from(day).equals(month), day.equals(today), byDay.get(i)));
        }
        return new Month(neighbourhood, month, days, inMonth);
    }

    /** Events not over yet, soonest first. */
    public Page<EventCard> coming(long neighbourhoodId, ResidentView viewer, Pageable pageable) {
        return events.coming(neighbourhoodId, member(neighbourhoodId, viewer), viewerId(viewer), clock.instant(), pageable)
                .map(EventCard::of);
    }

    /** The first {@code n} of {@link #coming}, without counting them all (the month page shows a few). */
    public List<EventCard> firstComing(long neighbourhoodId, ResidentView viewer, int n) {
        return events.firstComing(neighbourhoodId, member(neighbourhoodId, viewer), viewerId(viewer), clock.instant(),
                PageRequest.of(0, n)).stream().map(EventCard::of).toList();
    }

    /** The archive: events over, latest first. */
    public Page<EventCard> past(long neighbourhoodId, ResidentView viewer, Pageable pageable) {
        return events.past(neighbourhoodId, member(neighbourhoodId, viewer), viewerId(viewer), clock.instant(), pageable)
                .map(EventCard::of);
    }

    /** The event's page as this viewer (null: anonymous) sees it; 404 for what they may not see. */
    public EventPage page(long id, ResidentView viewer) {
        AgendaEvent e = visible(id, viewer);
        Instant now = clock.instant();
        boolean organiser = viewer != null && (viewer.id() == e.getOrganiserId()
                || residents.viewer(viewer.id()).staffOfNeighbourhood(e.getNeighbourhoodId())
                || hosts.canOrganise(e.getHostType(), e.getHostId(), viewer.id()));
        List<Rsvp> answers = rsvps.withStatus(id, EnumSet.of(RsvpStatus.GOING, RsvpStatus.WAITLISTED));
        long waitlistCount = answers.stream().filter(r -> r.getStatus() == RsvpStatus.WAITLISTED).count();
        List<AgendaViews.Attendee> going = List.of();
        List<AgendaViews.Attendee> waitlisted = List.of();
        if (organiser) {
            // only those who answered, in one query: not every member of the neighbourhood (thousands at scale)
            Map<Long, ResidentView> names = residents.findAll(answers.stream().map(Rsvp::getResidentId).toList());
            Function<Rsvp, AgendaViews.Attendee> name = r -> {
                ResidentView who = names.get(r.getResidentId());
                return new AgendaViews.Attendee(who == null ? "#" + r.getResidentId() : who.displayName(),
                        r.getEnteredBy() != null);
            };
            going = answers.stream().filter(r -> r.getStatus() == RsvpStatus.GOING).map(name).toList();
            waitlisted = answers.stream().filter(r -> r.getStatus() == RsvpStatus.WAITLISTED).map(name).toList();
        }
        String addressLabel = e.getAddressId() == null ? null
                : directory.find(e.getAddressId()).map(DirectoryAddress::label).orElse(null);
        String organiserName = residents.find(e.getOrganiserId()).map(ResidentView::displayName).orElse("");
        return new EventPage(e.getId(), e.getTitle(), e.getDescription(), markdown.html(e.getDescription()), e.getStartsAt(), e.getEndsAt(), e.getPlace(),
                addressLabel, e.getCapacity(), e.getGoingCount(), waitlistCount, e.getVisibility(), e.getCancelledAt(),
                e.isHidden(), e.getHiddenReason(), e.isPast(now), neighbourhoods.get(e.getNeighbourhoodId()),
                hosts.find(e.getHostType(), e.getHostId()).orElse(null), organiserName, going, waitlisted,
                viewerOf(e, viewer, answers, organiser, now));
    }

    private Viewer viewerOf(AgendaEvent e, ResidentView viewer, List<Rsvp> answers, boolean organiser, Instant now) {
        if (viewer == null) {
            return new Viewer(false, null, 0, "agenda.rsvp.refused.anonymous", false, false);
        }
        Rsvp mine = rsvps.findByEventIdAndResidentId(e.getId(), viewer.id()).orElse(null);
        long position = 0;
        if (mine != null && mine.getStatus() == RsvpStatus.WAITLISTED) {
            position = answers.stream().takeWhile(r -> !r.getId().equals(mine.getId()))
                    .filter(r -> r.getStatus() == RsvpStatus.WAITLISTED).count() + 1;
        }
        String refusal = e.rsvpRefusal(now);
        if (refusal == null && (!viewer.verified() || viewer.neighbourhoodId() == null
                || viewer.neighbourhoodId() != e.getNeighbourhoodId())) {
            refusal = "agenda.rsvp.refused.notMember";
        }
        return new Viewer(true, mine == null ? null : mine.getStatus(), position, refusal, organiser && !e.isCancelled(),
                viewer.id() != e.getOrganiserId());
    }

    /** The event if this viewer may see it. */
    AgendaEvent visible(long id, ResidentView viewer) {
        AgendaEvent e = events.findById(id).orElseThrow(() -> new NotFoundException("event", id));
        if (!access.maySee(policyViewer(viewer), e)) {
            throw new NotFoundException("event", id);
        }
        return e;
    }

    /** The person as the access policy reads them, fresh (a sanction since sign-in counts); nobody when signed out. */
    private org.voisinage.account.Viewer policyViewer(ResidentView viewer) {
        return viewer == null ? org.voisinage.account.Viewer.ANONYMOUS : residents.viewer(viewer.id());
    }

    private boolean member(long neighbourhoodId, ResidentView viewer) {
        return viewer != null && access.maySeeMembersOnlyOf(policyViewer(viewer), neighbourhoodId);
    }

    private static long viewerId(ResidentView viewer) {
        return viewer == null ? -1 : viewer.id();
    }
}
