package org.voisinage.organisation;

/** What other modules show of an organisation. */
public record OrganisationSummary(long id, String slug, String name, OrganisationKind kind, long territoryId,
        Long neighbourhoodId) {

    static OrganisationSummary of(Organisation o) {
        return new OrganisationSummary(o.getId(), o.getSlug(), o.getName(), o.getKind(), o.getTerritoryId(),
                o.getNeighbourhoodId());
    }
}
