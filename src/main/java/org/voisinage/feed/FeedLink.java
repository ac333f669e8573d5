package org.voisinage.feed;

import org.voisinage.neighbourhood.NeighbourhoodSummary;
import org.voisinage.neighbourhood.TerritorySummary;

/**
 * A feed a page points to, in its head ({@code <link rel="alternate" type="application/atom+xml">}, the layout
 * writes the model's {@code feedLinks}) and in its body. Only for places open to visitors: a members-only
 * territory has no public feed.
 */
public record FeedLink(String name, String href) {

    public static java.util.Optional<FeedLink> of(NeighbourhoodSummary neighbourhood) {
        return neighbourhood.membersOnly() ? java.util.Optional.empty()
                : java.util.Optional.of(new FeedLink(neighbourhood.name(), "/quartiers/" + neighbourhood.slug() + "/flux.atom"));
    }

    public static java.util.Optional<FeedLink> of(TerritorySummary territory) {
        return territory.membersOnly() ? java.util.Optional.empty()
                : java.util.Optional.of(new FeedLink(territory.name(), "/territoires/" + territory.slug() + "/flux.atom"));
    }
}
