package org.voisinage.profile;

/** What becomes of a leaver's time credits, as the territory decides. Stored by name. */
public enum LeaverCredits {
    /** They stay on the account (and count again if the person comes back). */
    KEEP,
    /** The balance goes to the territory's shared pot. */
    RETURN_TO_POOL;

    public String labelKey() {
        return "profile.credits.leavers." + name();
    }
}
