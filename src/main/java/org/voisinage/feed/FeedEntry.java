package org.voisinage.feed;

import java.time.Instant;

/**
 * One entry of a feed. No author: pages name no one to visitors, and the feed says only where it comes from.
 *
 * @param kind what it is, shown as the entry's category
 * @param path the page's path on the site, which the feed makes absolute (and its id)
 * @param summary plain text (the feed escapes it)
 * @param updated when it was published or last changed in what the feed shows
 */
public record FeedEntry(FeedKind kind, String title, String summary, String path, Instant updated) {}
