package org.voisinage.initiative;

/** What an initiative is about. Stored by code; labels from the bundles. */
public enum InitiativeTheme {
    ECOLOGY, SOCIAL, DEMOCRACY, CULTURE, SOLIDARITY, SPORT, OTHER;

    public String labelKey() {
        return "initiative.theme." + name();
    }
}
