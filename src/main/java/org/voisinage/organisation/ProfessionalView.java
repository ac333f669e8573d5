package org.voisinage.organisation;

/** A local professional and how many neighbours recommend them. */
record ProfessionalView(long id, String name, String trade, String contact, long territoryId, Long neighbourhoodId,
        long recommendations) {

    static ProfessionalView of(LocalProfessional p, long recommendations) {
        return new ProfessionalView(p.getId(), p.getName(), p.getTrade(), p.getContact(), p.getTerritoryId(),
                p.getNeighbourhoodId(), recommendations);
    }
}
