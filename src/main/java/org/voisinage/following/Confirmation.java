package org.voisinage.following;

/** What became of a double opt-in link. Stable codes; the pages say each in words. */
public enum Confirmation {
    /** The link is good: the follow is (or, on the confirmation page, will be) confirmed. */
    CONFIRMED,
    /** The link was already used: the follow is confirmed, nothing more to do. */
    ALREADY_CONFIRMED,
    EXPIRED,
    /** The topic is not (or no longer) public: following by email alone is refused. */
    REFUSED,
    UNKNOWN
}
