package org.voisinage.neighbourhood;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.voisinage.neighbourhood.internal.Slugs;

/**
 * What staff type to create or edit a neighbourhood. The perimeter is GeoJSON pasted from a mapping tool;
 * the service checks and normalises it. An empty slug is derived from the name.
 */
public record NeighbourhoodForm(
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.tooLong}") String name,
        @Pattern(regexp = Slugs.PATTERN_OR_EMPTY, message = "{neighbourhood.slug.format}") String slug,
        @Size(max = 4000, message = "{validation.tooLong}") String description,
        @NotBlank(message = "{neighbourhood.perimeter.required}") String perimeter,
        Long version) {

    static NeighbourhoodForm empty() {
        return new NeighbourhoodForm("", "", "", "", null);
    }

    static NeighbourhoodForm of(Neighbourhood n) {
        return new NeighbourhoodForm(n.getName(), n.getSlug(), n.getDescription(), n.getPerimeterGeoJson(),
                n.getVersion());
    }
}
