package org.voisinage.initiative;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A need the organisers add: what, how many, and for people, which day. */
public record NeedForm(
        @NotNull(message = "{validation.required}") NeedKind kind,
        @NotBlank(message = "{validation.required}") @Size(max = 160, message = "{validation.tooLong}") String label,
        @NotNull(message = "{validation.required}") @Positive(message = "{initiative.need.quantity.positive}")
        @Max(value = 100_000, message = "{initiative.quantity.tooLarge}") Integer quantity,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate neededOn) {

    public static NeedForm empty() {
        return new NeedForm(NeedKind.MATERIAL, "", 1, null);
    }
}
