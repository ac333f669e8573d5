package org.voisinage.search;

/** What a search finds, in the order the results page shows the groups. */
public enum SearchKind {
    INITIATIVE,
    EVENT,
    LISTING,
    NEED,
    ANNOUNCEMENT,
    CHALLENGE,
    ORGANISATION;

    /** The value of the {@code type} parameter that shows more of this kind: "event", "need"... */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
