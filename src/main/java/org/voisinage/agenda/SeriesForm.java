package org.voisinage.agenda;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.format.annotation.DateTimeFormat;
import org.voisinage.common.Markdown;

/**
 * A series changed from one of its dates on: what every later date shares (the times of day in the site's time zone,
 * the end on the same day as the start).
 */
public record SeriesForm(
        @NotBlank(message = "{agenda.title.required}") @Size(max = 120, message = "{agenda.title.size}") String title,
        @Size(max = Markdown.MAX_LENGTH, message = "{agenda.description.size}") String description,
        @NotBlank(message = "{agenda.place.required}") @Size(max = 200, message = "{agenda.place.size}") String place,
        @NotNull(message = "{agenda.time.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime startTime,
        @NotNull(message = "{agenda.time.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime endTime) {

    /** Filled with this date of the series as it is. */
    static SeriesForm of(AgendaEvent e, ZoneId zone) {
        return new SeriesForm(e.getTitle(), e.getDescription(), e.getPlace(), e.getStartsAt().atZone(zone).toLocalTime(),
                e.getEndsAt().atZone(zone).toLocalTime());
    }
}
