package org.voisinage.moderation;

/** Where an appeal stands. Stable codes; labels from the bundles. */
public enum AppealStatus {
    OPEN, ACCEPTED, REJECTED;

    public String labelKey() {
        return "moderation.appeal.status." + name();
    }
}
