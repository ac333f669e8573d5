package org.voisinage.feed;

/** The kinds of rows a feed lists, each an Atom category (term and translated label). */
public enum FeedKind {
    CHALLENGE, INITIATIVE, EVENT;

    public String term() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String labelKey() {
        return "feed.kind." + term();
    }
}
