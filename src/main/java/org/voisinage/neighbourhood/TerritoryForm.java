package org.voisinage.neighbourhood;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.voisinage.neighbourhood.internal.Slugs;

/** What staff type to create or edit a territory. An empty slug is derived from the name. */
public record TerritoryForm(
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.tooLong}") String name,
        @Pattern(regexp = Slugs.PATTERN_OR_EMPTY, message = "{territory.slug.format}") String slug,
        @NotNull(message = "{validation.required}") TerritoryKind kind,
        @Size(max = 2000, message = "{validation.tooLong}") String description,
        Long version) {

    static TerritoryForm empty() {
        return new TerritoryForm("", "", TerritoryKind.TOWN, "", null);
    }

    static TerritoryForm of(Territory t) {
        return new TerritoryForm(t.getName(), t.getSlug(), t.getKind(), t.getDescription(), t.getVersion());
    }
}
