package org.voisinage.neighbourhood;

/** What kind of place a territory is. Codes are stored; labels come from the message bundles. */
public enum TerritoryKind {
    TOWN,
    COOPERATIVE_SITE,
    DISTRICT;

    public String labelKey() {
        return "territory.kind." + name();
    }
}
