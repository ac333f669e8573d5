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
        Long version, Boolean membersOnly) {

    /** Unticked (the box sends nothing): an open territory. */
    public boolean isMembersOnly() {
        return Boolean.TRUE.equals(membersOnly);
    }

    /** An open territory (not members only). */
    public TerritoryForm(String name, String slug, TerritoryKind kind, String description, Long version) {
        this(name, slug, kind, description, version, Boolean.FALSE);
    }

    static TerritoryForm empty() {
        return new TerritoryForm("", "", TerritoryKind.TOWN, "", null);
    }

    static TerritoryForm of(Territory t) {
        return new TerritoryForm(t.getName(), t.getSlug(), t.getKind(), t.getDescription(), t.getVersion(),
                t.isMembersOnly());
    }
}
