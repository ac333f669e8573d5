package org.voisinage.poll;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What staff or an organiser type to open a poll. {@code scope} is "n-{id}" for a neighbourhood, "t-{id}" for a
 * territory, "i-{id}" for an initiative's members. {@code options}: one text per box, blank boxes ignored.
 */
public record PollForm(
        @NotBlank(message = "{validation.required}") String scope,
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String question,
        List<@Size(max = 200, message = "{validation.tooLong}") String> options,
        Boolean multipleChoice,
        Boolean liveResults,
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
        @NotNull(message = "{validation.required}") @DateTimeFormat(pattern = "HH:mm") LocalTime endsAt) {

    /** How many option boxes the form shows. */
    static final int BOXES = 6;
    static final int MIN_OPTIONS = 2;

    static PollForm empty(String scope, LocalDate today) {
        return new PollForm(scope, "", List.of(), false, false, today.plusWeeks(2), LocalTime.of(20, 0));
    }

    /** The options typed, stripped, blank boxes left out. */
    List<String> typedOptions() {
        return options == null ? List.of() : options.stream().filter(o -> o != null && !o.isBlank())
                .map(String::strip).toList();
    }

    /** One text per box, those typed first: the form shows what was typed even when it comes back. */
    public List<String> boxes() {
        return boxes(options);
    }

    /** The boxes for these texts (the raw request's, when the form could not be read at all). */
    static List<String> boxes(List<String> typed) {
        List<String> boxes = new ArrayList<>(typed == null ? List.of() : typed.stream().map(o -> o == null ? "" : o).toList());
        while (boxes.size() < BOXES) {
            boxes.add("");
        }
        return boxes;
    }

    public boolean multiple() {
        return Boolean.TRUE.equals(multipleChoice);
    }

    public boolean live() {
        return Boolean.TRUE.equals(liveResults);
    }
}
