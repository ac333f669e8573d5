package org.voisinage.exchange;

/** What a listing arranges. Stored by name; some kinds have their own fields (ride share, lend, rent, good deal). */
public enum ListingKind {
    SERVICE, LEND, GIVE, RENT, BARTER, RIDE_SHARE, GOOD_DEAL, SKILL;

    public String labelKey() {
        return "exchange.kind." + name();
    }

    /** Objects lent or rented are booked for dates (a reservation calendar). */
    public boolean isBookable() {
        return this == LEND || this == RENT;
    }

    /** Services and skills are time given: an exchange about them is a service (time credits move for those). */
    public boolean isService() {
        return this == SERVICE || this == SKILL;
    }
}
