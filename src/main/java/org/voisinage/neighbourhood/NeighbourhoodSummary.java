package org.voisinage.neighbourhood;

/** What other modules and pages need to know of a neighbourhood. */
public record NeighbourhoodSummary(long id, String slug, String name, String description, long territoryId,
        String territoryName, boolean membersOnly) {

    static NeighbourhoodSummary of(Neighbourhood n) {
        return new NeighbourhoodSummary(n.getId(), n.getSlug(), n.getName(), n.getDescription(),
                n.getTerritory().getId(), n.getTerritory().getName(), n.getTerritory().isMembersOnly());
    }
}
