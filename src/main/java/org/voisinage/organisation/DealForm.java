package org.voisinage.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A deal as its organisation's members type it; the dates are checked by {@link Deal}. */
record DealForm(
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.tooLong}") String title,
        @Size(max = 2000, message = "{validation.tooLong}") String details,
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn) {

    static DealForm empty(LocalDate today) {
        return new DealForm("", "", today, today.plusWeeks(2));
    }
}
