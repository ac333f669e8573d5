package org.voisinage.agenda;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.format.annotation.DateTimeFormat;
import org.voisinage.common.Markdown;

/**
 * The event form: dates and times as people enter them, in the site's time zone. {@code neighbourhoodId} is chosen by
 * staff only (residents' events are in their own neighbourhood; a host's events in the host's); {@code hostType} and
 * {@code hostId} carry the host across the form.
 */
public record EventForm(
        @NotBlank(message = "{agenda.title.required}") @Size(max = 120, message = "{agenda.title.size}") String title,
        @Size(max = Markdown.MAX_LENGTH, message = "{agenda.description.size}") String description,
        @NotNull(message = "{agenda.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
        @NotNull(message = "{agenda.time.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime startTime,
        @NotNull(message = "{agenda.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
        @NotNull(message = "{agenda.time.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime endTime,
        @NotBlank(message = "{agenda.place.required}") @Size(max = 200, message = "{agenda.place.size}") String place,
        @Size(max = 60, message = "{agenda.address.unknown}") String addressId,
        @Min(value = 1, message = "{agenda.capacity.min}") @Max(value = 100_000, message = "{agenda.capacity.max}") Integer capacity,
        @NotNull(message = "{agenda.visibility.required}") Visibility visibility,
        Long neighbourhoodId,
        @Size(max = 30) String hostType,
        Long hostId) {

    public static EventForm empty(String hostType, Long hostId) {
        return new EventForm("", "", null, LocalTime.of(18, 0), null, LocalTime.of(20, 0), "", "", null,
                Visibility.PUBLIC, null, hostType, hostId);
    }

    static EventForm of(AgendaEvent e, ZoneId zone) {
        return new EventForm(e.getTitle(), e.getDescription(), e.getStartsAt().atZone(zone).toLocalDate(),
                e.getStartsAt().atZone(zone).toLocalTime(), e.getEndsAt().atZone(zone).toLocalDate(),
                e.getEndsAt().atZone(zone).toLocalTime(), e.getPlace(), e.getAddressId(), e.getCapacity(),
                e.getVisibility(), e.getNeighbourhoodId(), e.getHostType(), e.getHostId());
    }

    /** Whether the form names a host (both parts given). */
    public boolean hosted() {
        return hostType != null && !hostType.isBlank() && hostId != null;
    }
}
