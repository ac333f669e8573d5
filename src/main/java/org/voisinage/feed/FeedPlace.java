package org.voisinage.feed;

import java.util.Set;

/**
 * Where a feed looks: one neighbourhood (its own rows and its territory's rows that belong to no neighbourhood), or
 * a whole territory (every neighbourhood of it, and its own rows).
 *
 * @param neighbourhoodIds the neighbourhoods whose rows belong in the feed
 */
public record FeedPlace(long territoryId, Set<Long> neighbourhoodIds) {

    public FeedPlace {
        neighbourhoodIds = Set.copyOf(neighbourhoodIds);
    }

    /** The neighbourhood ids as a PostgreSQL array literal, read with {@code cast(:neighbourhoods as bigint[])}. */
    public String neighbourhoodArray() {
        return neighbourhoodIds.stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }
}
