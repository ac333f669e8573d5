package org.voisinage.organisation;

import java.util.Set;

/** An organisation as its pages show it. */
record OrganisationView(long id, String slug, String name, OrganisationKind kind, long territoryId, Long neighbourhoodId,
        String description, String address, String openingHours, String phone, String email, String website,
        boolean hidden, String hiddenReason, long version, Set<Long> members) {

    static OrganisationView of(Organisation o) {
        return new OrganisationView(o.getId(), o.getSlug(), o.getName(), o.getKind(), o.getTerritoryId(),
                o.getNeighbourhoodId(), o.getDescription(), o.getAddress(), o.getOpeningHours(), o.getPhone(),
                o.getEmail(), o.getWebsite(), o.isHidden(), o.getHiddenReason(), o.getVersion(), o.getMembers());
    }

    /** The phone number as a tel: link target (digits and a leading +). */
    public String phoneLink() {
        return phone == null ? null : "tel:" + phone.replaceAll("[^+0-9]", "");
    }
}
