package org.voisinage.challenge;

/** What an action is about. Stored by code; labels from the bundles. */
public enum Theme {
    WASTE, ENERGY, MOBILITY, FOOD, SOLIDARITY, WATER, BIODIVERSITY;

    public String labelKey() {
        return "challenge.theme." + name();
    }
}
