package org.voisinage.neighbourhood;

/** What other modules and pages need to know of a territory. */
public record TerritorySummary(long id, String slug, String name, TerritoryKind kind, String description,
        boolean membersOnly) {

    static TerritorySummary of(Territory t) {
        return new TerritorySummary(t.getId(), t.getSlug(), t.getName(), t.getKind(), t.getDescription(),
                t.isMembersOnly());
    }
}
