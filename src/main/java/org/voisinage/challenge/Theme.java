package org.voisinage.challenge;

/** What an action is about. Stored by code; labels from the bundles. */
public enum Theme {
    // Chart colours: each at least 4.5:1 against white, so the bars stand out and white text on them stays readable.
    WASTE("#1f6f54"), ENERGY("#b45309"), MOBILITY("#1d4ed8"), FOOD("#a21caf"), SOLIDARITY("#b91c1c"),
    WATER("#0e7490"), BIODIVERSITY("#4d7c0f");

    private final String colour;

    Theme(String colour) {
        this.colour = colour;
    }

    /** The theme's colour in the trends charts. */
    public String colour() {
        return colour;
    }

    public String labelKey() {
        return "challenge.theme." + name();
    }
}
