package org.voisinage.challenge;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What staff type to create or edit a challenge. {@code scope} is "n-{id}" for one neighbourhood or
 * "t-{id}" for a whole territory.
 */
public record ChallengeForm(
        @NotNull(message = "{validation.required}") Long actionId,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String title,
        @NotBlank(message = "{validation.required}") @Size(max = 160, message = "{validation.tooLong}") String targetName,
        @NotNull(message = "{validation.required}") TargetKind targetKind,
        @NotBlank(message = "{validation.required}") @Email(message = "{validation.email}")
        @Size(max = 254, message = "{validation.tooLong}") String targetEmail,
        @NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.tooLong}") String counterCommitment,
        @NotBlank(message = "{validation.required}") String scope,
        @NotNull(message = "{validation.required}") @Positive(message = "{challenge.goal.positive}") Integer goal,
        @Positive(message = "{challenge.cap.positive}") Integer cap,
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline) {

    static ChallengeForm empty(LocalDate today) {
        return new ChallengeForm(null, "", "", TargetKind.TOWN, "", "", "", 100, null, today, today.plusMonths(2));
    }

    static ChallengeForm of(Challenge c) {
        return new ChallengeForm(c.getAction().getId(), c.getTitle(), c.getTargetName(), c.getTargetKind(),
                c.getTargetEmail(), c.getCounterCommitment(),
                c.getNeighbourhoodId() != null ? "n-" + c.getNeighbourhoodId() : "t-" + c.getTerritoryId(),
                c.getGoal(), c.getCap(), c.getOpensOn(), c.getDeadline());
    }

    /** The form once the service resolved its scope and checked the rules that span fields. */
    record Checked(String title, String targetName, TargetKind targetKind, String targetEmail,
            String counterCommitment, long territoryId, Long neighbourhoodId, int goal, Integer cap,
            LocalDate opensOn, LocalDate deadline) {}
}
