package org.voisinage.agenda;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.voisinage.neighbourhood.NeighbourhoodSummary;

/** What the agenda pages show. */
public final class AgendaViews {

    private AgendaViews() {}

    /** An event in a list or a day of the month grid. */
    public record EventCard(long id, String title, Instant startsAt, Instant endsAt, String place, Visibility visibility,
            boolean cancelled, boolean hidden, int goingCount, Integer capacity) {

        static EventCard of(AgendaEvent e) {
            return new EventCard(e.getId(), e.getTitle(), e.getStartsAt(), e.getEndsAt(), e.getPlace(), e.getVisibility(),
                    e.isCancelled(), e.isHidden(), e.getGoingCount(), e.getCapacity());
        }

        public boolean full() {
            return capacity != null && goingCount >= capacity;
        }
    }

    /** One day of the month grid; days of the neighbouring months fill the first and last weeks. */
    public record Day(LocalDate date, boolean inMonth, boolean today, List<DayEvent> events) {}

    /** An event in a day of the month grid, its start time already written ("18:00"): nothing left to compute. */
    public record DayEvent(long id, String title, String time, boolean cancelled) {}

    public record Month(NeighbourhoodSummary neighbourhood, YearMonth month, List<Day> days, int eventCount) {

        public YearMonth previous() {
            return month.minusMonths(1);
        }

        public YearMonth next() {
            return month.plusMonths(1);
        }
    }

    /** What the viewer may do on an event page. */
    public record Viewer(boolean signedIn, RsvpStatus status, long waitlistPosition, String rsvpRefusal,
            boolean mayOrganise, boolean mayReport) {

        public boolean mayAnswer() {
            return rsvpRefusal == null;
        }
    }

    /** {@code descriptionHtml}: the Markdown description rendered and sanitised. */
    /** Someone coming (or waiting), as organisers see them: whether staff answered on their behalf. */
    public record Attendee(String name, boolean enteredByStaff) {}

    public record EventPage(long id, String title, String description, String descriptionHtml, Instant startsAt, Instant endsAt, String place,
            String addressLabel, Integer capacity, int goingCount, long waitlistCount, Visibility visibility,
            Instant cancelledAt, boolean hidden, String hiddenReason, boolean past, NeighbourhoodSummary neighbourhood,
            EventHostSummary host, String organiserName, List<Attendee> going, List<Attendee> waitlisted, Viewer viewer) {

        public boolean cancelled() {
            return cancelledAt != null;
        }

        public boolean full() {
            return capacity != null && goingCount >= capacity;
        }
    }
}
