package org.voisinage.poll;

/** Who a poll asks. Stored by code; labels from the bundles. */
public enum PollAudience {
    /** The verified residents of one neighbourhood. */
    NEIGHBOURHOOD,
    /** The verified residents of every neighbourhood of a territory. */
    TERRITORY,
    /** The members of an initiative. */
    INITIATIVE;

    public String labelKey() {
        return "poll.audience." + name();
    }
}
