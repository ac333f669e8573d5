/**
 * Atom feeds (issue 16): a neighbourhood's and a territory's public challenges, initiatives and events, for feed
 * readers and local sites. The module owns no table: each module says, over its own tables and by its own access
 * policy for an anonymous visitor, which of its rows a feed lists ({@link org.voisinage.feed.FeedContributor});
 * this module writes them as Atom with Rome.
 */
// Boundaries: the modules it may use, exactly those it uses today;
// Modulith verification (ModularityTests) fails on any other arrow. A new one is declared here, on purpose.
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "common",
        "neighbourhood"
})
package org.voisinage.feed;
