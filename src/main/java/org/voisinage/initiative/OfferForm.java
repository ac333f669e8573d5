package org.voisinage.initiative;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A neighbour offers to fill (part of) a need. */
public record OfferForm(
        @NotNull(message = "{validation.required}") @Positive(message = "{initiative.offer.quantity.positive}")
        @Max(value = 100_000, message = "{initiative.quantity.tooLarge}") Integer quantity,
        @Size(max = 500, message = "{validation.tooLong}") String note) {

    public static OfferForm empty() {
        return new OfferForm(1, "");
    }
}
