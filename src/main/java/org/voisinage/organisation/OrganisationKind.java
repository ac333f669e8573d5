package org.voisinage.organisation;

/** What an organisation is. Stable codes; labels from the bundles. */
public enum OrganisationKind {
    SHOP, ASSOCIATION, PUBLIC_SERVICE, TOWN_SERVICE, LANDLORD, OTHER;

    public String labelKey() {
        return "organisation.kind." + name();
    }
}
