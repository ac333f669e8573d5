package org.voisinage.challenge;

/** Where a proposed action stands. Stored by code; labels from the bundles. */
public enum ActionStatus {
    /** Proposed by a resident, waiting for staff. */
    PROPOSED,
    /** Listed for everyone; challenges can be built on it. */
    PUBLISHED,
    /** The same as another action, which replaces it. */
    MERGED,
    /** Refused by staff, with a reason. */
    DECLINED;

    public String labelKey() {
        return "challenge.action.status." + name();
    }
}
