package org.voisinage.api;

import org.voisinage.neighbourhood.TerritoryKind;

/** What the read API gives of territories and neighbourhoods (their names are public, as on the pages). */
final class ApiResources {

    private ApiResources() {
    }

    /** A territory; {@code description} null for a members-only one the caller is not a member of. */
    record TerritoryResource(long id, String slug, String name, TerritoryKind kind, boolean membersOnly,
            String description) {}

    /** A neighbourhood; {@code description} null for a members-only territory's the caller is not a member of. */
    record NeighbourhoodResource(long id, String slug, String name, long territoryId, boolean membersOnly,
            String description, String path) {}
}
