package org.voisinage.alert;

/** What an alert is about. Stable codes (stored by name); labels from the bundles. */
public enum AlertCategory {
    WATER_CUT, POWER_CUT, LOST_PET, FOUND_PET, FIRE, ROAD_CLOSED, MISSING_PERSON, SUSPICIOUS, OTHER;

    public String labelKey() {
        return "alert.category." + name();
    }

    /**
     * Whether the alert describes a person: the form then asks what they did and wore, not only how they look,
     * so neighbours watch behaviour rather than faces or skin.
     */
    public boolean describesPerson() {
        return this == MISSING_PERSON || this == SUSPICIOUS;
    }
}
