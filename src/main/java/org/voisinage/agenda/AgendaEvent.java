package org.voisinage.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.voisinage.common.HiddenState;
import org.voisinage.common.Hideable;
import org.voisinage.common.Refusal;

/**
 * An event of a neighbourhood's agenda. Its rules: it ends after it starts, its capacity never falls below the
 * people already coming, a cancelled event changes no more, and every change attendees must hear of bumps the
 * iCalendar sequence.
 */
@Entity
@Table(name = "agenda_event")
public class AgendaEvent implements Hideable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long neighbourhoodId;
    private String hostType;
    private Long hostId;
    private String title;
    private String description;
    private Instant startsAt;
    private Instant endsAt;
    private String place;
    private String addressId;
    private Integer capacity;
    private int goingCount;
    private long organiserId;

    @Enumerated(EnumType.STRING)
    private Visibility visibility;

    private Instant cancelledAt;
    private int sequence;
    /** The series it is a date of, and which date (kept when this one is moved alone); null for a one-off event. */
    private Long seriesId;
    private java.time.LocalDate occurrenceDate;
    /** Whether moderators hide it, since when and why (its author is shown why). */
    @Embedded
    private HiddenState hidden = new HiddenState();

    @Column(insertable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected AgendaEvent() {}

    public AgendaEvent(long neighbourhoodId, String hostType, Long hostId, long organiserId, EventDetails details) {
        checkTimes(details);
        this.neighbourhoodId = neighbourhoodId;
        this.hostType = hostType;
        this.hostId = hostId;
        this.organiserId = organiserId;
        apply(details);
    }

    private static void checkTimes(EventDetails details) {
        if (!details.endsAt().isAfter(details.startsAt())) {
            throw Refusal.invalid("endTime", "agenda.event.endBeforeStart");
        }
    }

    private void apply(EventDetails details) {
        this.title = details.title();
        this.description = details.description();
        this.startsAt = details.startsAt();
        this.endsAt = details.endsAt();
        this.place = details.place();
        this.addressId = details.addressId();
        this.capacity = details.capacity();
        this.visibility = details.visibility();
    }

    /**
     * Applies the organiser's new details.
     *
     * @return what changed that attendees must be told (empty when only the description or visibility changed)
     * @throws Refusal when cancelled, ending before its start, or a capacity below the people coming
     */
    public List<EventChange> change(EventDetails next) {
        if (isCancelled()) {
            throw Refusal.conflict("agenda.event.cancelledAlready");
        }
        checkTimes(next);
        if (next.capacity() != null && next.capacity() < goingCount) {
            throw Refusal.invalid("capacity", "agenda.event.capacityBelowAttendance");
        }
        List<EventChange> changes = new ArrayList<>();
        compare(changes, "title", title, next.title());
        compare(changes, "startsAt", startsAt, next.startsAt());
        compare(changes, "endsAt", endsAt, next.endsAt());
        compare(changes, "place", place, next.place());
        compare(changes, "capacity", capacity, next.capacity());
        boolean calendarChanged = !changes.isEmpty() || !Objects.equals(description, next.description());
        apply(next);
        if (calendarChanged) {
            sequence++;
        }
        return changes;
    }

    private static void compare(List<EventChange> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new EventChange(field, before, after));
        }
    }

    /** @throws Refusal when already cancelled */
    public void cancel(Instant now) {
        if (isCancelled()) {
            throw Refusal.conflict("agenda.event.cancelledAlready");
        }
        cancelledAt = now;
        sequence++;
    }

    /** Whether residents may still answer: not cancelled, not over. */
    public String rsvpRefusal(Instant now) {
        if (isCancelled()) {
            return "agenda.rsvp.refused.cancelled";
        }
        if (!endsAt.isAfter(now)) {
            return "agenda.rsvp.refused.past";
        }
        return null;
    }

    /** Whether one more person may come now (no capacity: always). */
    public boolean hasRoom() {
        return capacity == null || goingCount < capacity;
    }

    public void countGoing() {
        goingCount++;
    }

    public void countLeaving() {
        goingCount = Math.max(0, goingCount - 1);
    }

    @Override
    public HiddenState hiddenState() {
        return hidden = HiddenState.orVisible(hidden);
    }

    public void redact(String text) {
        description = text;
        sequence++;
    }

    /** Makes this new event the date {@code date} of a series. */
    void belongTo(long seriesId, java.time.LocalDate date) {
        this.seriesId = seriesId;
        this.occurrenceDate = date;
    }

    /** A series' date left alone when the rest of its series is split off: a one-off event from now on. */
    void leaveSeries() {
        this.seriesId = null;
        this.occurrenceDate = null;
    }

    public boolean isCancelled() { return cancelledAt != null; }
    public boolean isPast(Instant now) { return !endsAt.isAfter(now); }

    public Long getId() { return id; }
    public long getNeighbourhoodId() { return neighbourhoodId; }
    public String getHostType() { return hostType; }
    public Long getHostId() { return hostId; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public String getPlace() { return place; }
    public String getAddressId() { return addressId; }
    public Integer getCapacity() { return capacity; }
    public int getGoingCount() { return goingCount; }
    public long getOrganiserId() { return organiserId; }
    public Visibility getVisibility() { return visibility; }
    public Instant getCancelledAt() { return cancelledAt; }
    public int getSequence() { return sequence; }
    public Instant getCreatedAt() { return createdAt; }
    public Long getSeriesId() { return seriesId; }
    public java.time.LocalDate getOccurrenceDate() { return occurrenceDate; }

    EventSummary toSummary() {
        return new EventSummary(id, title, startsAt, endsAt, place, "/agenda/evenements/" + id, isCancelled());
    }
}
