package org.voisinage.challenge;

import java.util.List;
import org.voisinage.challenge.internal.HorizontalBarChart;
import org.voisinage.challenge.internal.StackedBarChart;
import org.voisinage.neighbourhood.TerritorySummary;

/**
 * The trends page of a territory: over the last twelve months, pledges and opened challenges by month and
 * theme, pledges by neighbourhood; and where its public challenges stand now.
 *
 * @param neighbourhoods one row per neighbourhood (and one for the challenges of the whole territory)
 * @param states every public state, with how many challenges are in it (zero included)
 */
public record TerritoryTrends(TerritorySummary territory, String firstMonth, String lastMonth,
        StackedBarChart pledgesByMonth, StackedBarChart challengesByMonth, HorizontalBarChart pledgesByNeighbourhood,
        List<NeighbourhoodTotal> neighbourhoods, List<StateTotal> states) {

    /** A neighbourhood's figures; the name is null for the whole territory (shown with a message key). */
    public record NeighbourhoodTotal(String name, int pledges, int challenges) {

        public boolean wholeTerritory() {
            return name == null;
        }
    }

    public record StateTotal(ChallengeState state, int challenges) {}

    public int publicChallenges() {
        return states.stream().mapToInt(StateTotal::challenges).sum();
    }
}
