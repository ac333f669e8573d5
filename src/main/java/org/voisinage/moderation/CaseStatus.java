package org.voisinage.moderation;

/** Whether a case waits for a moderator. Stable codes; labels from the bundles. */
public enum CaseStatus {
    OPEN, DECIDED;

    public String labelKey() {
        return "moderation.case.status." + name();
    }
}
