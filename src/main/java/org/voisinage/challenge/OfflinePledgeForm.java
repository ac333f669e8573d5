package org.voisinage.challenge;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Paper pledges staff collected at a meeting. */
public record OfflinePledgeForm(
        @NotNull(message = "{validation.required}") @Positive(message = "{challenge.offline.positive}")
        @Max(value = 100000, message = "{challenge.offline.tooMany}") Integer count,
        @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.tooLong}") String note) {

    static OfflinePledgeForm empty() {
        return new OfflinePledgeForm(null, "");
    }
}
