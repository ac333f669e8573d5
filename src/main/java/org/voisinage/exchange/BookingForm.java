package org.voisinage.exchange;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A neighbour asks for an object from one day to another, both included. */
public record BookingForm(
        @NotNull(message = "{exchange.booking.startsOn.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
        @NotNull(message = "{exchange.booking.endsOn.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn) {

    static BookingForm empty() {
        return new BookingForm(null, null);
    }
}
