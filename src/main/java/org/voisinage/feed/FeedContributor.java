package org.voisinage.feed;

import java.util.List;

/**
 * A module's part of the public Atom feeds: its latest rows of a place that an anonymous visitor may see on its
 * pages, by the module's own access policy (the feed itself is refused for a members-only territory before any
 * contributor is asked), newest first.
 */
public interface FeedContributor {

    List<FeedEntry> publicEntries(FeedPlace place, int max);
}
