package org.voisinage.neighbourhood;

import java.util.List;

/** A territory and its neighbourhoods by name, for lists. */
public record TerritoryWithNeighbourhoods(TerritorySummary territory, List<NeighbourhoodSummary> neighbourhoods) {}
