package org.voisinage.agenda;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The event form's repetition part (a new event only): none, weekly or monthly, ending after a number of dates or on
 * a date. Bound next to {@link EventForm} from the same request.
 */
public record RepeatForm(
        Repetition repetition,
        @Min(value = 2, message = "{agenda.repeat.countRange}") @Max(value = SeriesRule.MAX_DATES, message = "{agenda.repeat.countRange}") Integer repeatCount,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate repeatUntil) {

    public static RepeatForm none() {
        return new RepeatForm(Repetition.NONE, null, null);
    }

    /** Whether the event repeats. */
    public boolean repeats() {
        return repetition != null && repetition != Repetition.NONE;
    }
}
