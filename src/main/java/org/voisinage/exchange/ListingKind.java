package org.voisinage.exchange;

/** What a listing arranges. Stored by name; some kinds have their own fields (ride share, lend, good deal). */
public enum ListingKind {
    SERVICE, LEND, GIVE, BARTER, RIDE_SHARE, GOOD_DEAL, SKILL;

    public String labelKey() {
        return "exchange.kind." + name();
    }

    /** Services and skills are time given: an exchange about them is a service (time credits move for those). */
    public boolean isService() {
        return this == SERVICE || this == SKILL;
    }
}
