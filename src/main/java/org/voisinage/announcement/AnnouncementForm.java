package org.voisinage.announcement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.voisinage.common.Markdown;

/**
 * What staff write: the text, and who it goes to: a whole territory, or the neighbourhoods ticked when no
 * territory is chosen.
 */
public record AnnouncementForm(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String title,
        @NotBlank(message = "{validation.required}") @Size(max = Markdown.MAX_LENGTH, message = "{validation.tooLong}") String body,
        Long territoryId, List<Long> neighbourhoodIds, Boolean pinned, LocalDate expiresOn) {

    public static AnnouncementForm empty() {
        return new AnnouncementForm("", "", null, List.of(), false, null);
    }

    /** An unticked box sends nothing. */
    boolean isPinned() {
        return Boolean.TRUE.equals(pinned);
    }

    List<Long> neighbourhoodsOrNone() {
        return neighbourhoodIds == null ? List.of() : neighbourhoodIds.stream().filter(java.util.Objects::nonNull).toList();
    }
}
