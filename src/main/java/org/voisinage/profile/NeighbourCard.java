package org.voisinage.profile;

import java.util.List;

/** A resident in the neighbourhood directory. */
public record NeighbourCard(long id, String displayName, String street, List<String> skills) {}
