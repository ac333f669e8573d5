package org.voisinage.following;

/** How often a follower hears of what they follow. Stored by code; labels from the bundles. */
public enum Frequency {
    /** Only milestones, state changes and answers, each as it happens. */
    IMMEDIATE,
    DAILY,
    WEEKLY,
    OFF;

    public String labelKey() {
        return "following.frequency." + name();
    }
}
