package org.voisinage.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A weekly or monthly series of events: its rule, and what its dates were created with (the recurring event that
 * calendars show; a date changed alone differs from it and is overridden there).
 */
@Entity
@Table(name = "agenda_series")
class AgendaSeries {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long neighbourhoodId;
    private long organiserId;
    @Enumerated(EnumType.STRING)
    private Repetition frequency;
    private Integer weekOfMonth;
    private LocalDate firstDate;
    private int occurrences;
    private LocalDate lastDate;
    private LocalTime startTime;
    private int durationMinutes;
    private String title;
    private String description;
    private String place;
    @Enumerated(EnumType.STRING)
    private Visibility visibility;
    @Column(insertable = false, updatable = false)
    private Instant createdAt;

    protected AgendaSeries() {}

    AgendaSeries(long neighbourhoodId, long organiserId, SeriesRule rule, java.util.List<LocalDate> dates,
            EventDetails first, ZoneId zone) {
        this.neighbourhoodId = neighbourhoodId;
        this.organiserId = organiserId;
        this.frequency = rule.frequency();
        this.weekOfMonth = rule.weekOfMonth();
        this.firstDate = dates.get(0);
        this.occurrences = dates.size();
        this.lastDate = dates.get(dates.size() - 1);
        this.startTime = first.startsAt().atZone(zone).toLocalTime();
        this.durationMinutes = (int) java.time.Duration.between(first.startsAt(), first.endsAt()).toMinutes();
        this.title = first.title();
        this.description = first.description();
        this.place = first.place();
        this.visibility = first.visibility();
    }

    /** The later part of {@code earlier} split at its date {@code from}: the same rule, its remaining dates. */
    AgendaSeries(AgendaSeries earlier, LocalDate from, int occurrences) {
        this.neighbourhoodId = earlier.neighbourhoodId;
        this.organiserId = earlier.organiserId;
        this.frequency = earlier.frequency;
        this.weekOfMonth = earlier.weekOfMonth;
        this.firstDate = from;
        this.occurrences = occurrences;
        this.lastDate = earlier.lastDate;
        this.startTime = earlier.startTime;
        this.durationMinutes = earlier.durationMinutes;
        this.title = earlier.title;
        this.description = earlier.description;
        this.place = earlier.place;
        this.visibility = earlier.visibility;
    }

    /** The series keeps its first {@code count} dates only, the last of them {@code last} (split at the next). */
    void keepFirst(int count, LocalDate last) {
        this.occurrences = count;
        this.lastDate = last;
    }

    /** The series starts later: its dates before {@code from} are no longer part of it. */
    void startFrom(LocalDate from, int count) {
        this.firstDate = from;
        this.occurrences = count;
    }

    /** What the series' dates are created with from now on (calendars' recurring event). */
    void describe(String title, String description, String place, LocalTime startTime, int durationMinutes) {
        this.title = title;
        this.description = description;
        this.place = place;
        this.startTime = startTime;
        this.durationMinutes = durationMinutes;
    }

    SeriesRule rule() {
        return new SeriesRule(frequency, DayOfWeek.from(firstDate), weekOfMonth);
    }

    /** When the date {@code date} of the series starts, as created. */
    ZonedDateTime startOn(LocalDate date, ZoneId zone) {
        return ZonedDateTime.of(date, startTime, zone);
    }

    /** Whether this event of the series still is what the series created on its date (else calendars override it). */
    boolean createdAsIs(AgendaEvent event, ZoneId zone) {
        Instant start = startOn(event.getOccurrenceDate(), zone).toInstant();
        return event.getStartsAt().equals(start) && event.getEndsAt().equals(start.plusSeconds(durationMinutes * 60L))
                && event.getTitle().equals(title) && event.getDescription().equals(description)
                && event.getPlace().equals(place);
    }

    Long getId() { return id; }
    long getNeighbourhoodId() { return neighbourhoodId; }
    long getOrganiserId() { return organiserId; }
    Repetition getFrequency() { return frequency; }
    Integer getWeekOfMonth() { return weekOfMonth; }
    LocalDate getFirstDate() { return firstDate; }
    int getOccurrences() { return occurrences; }
    LocalDate getLastDate() { return lastDate; }
    int getDurationMinutes() { return durationMinutes; }
    String getTitle() { return title; }
    String getDescription() { return description; }
    String getPlace() { return place; }
    Visibility getVisibility() { return visibility; }
    Instant getCreatedAt() { return createdAt; }
}
