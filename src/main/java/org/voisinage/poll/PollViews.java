package org.voisinage.poll;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.voisinage.common.BarChart;

/** Polls as pages show them. */
public final class PollViews {

    private PollViews() {}

    /** A poll in a list (a neighbourhood's page, an initiative's, the viewer's polls). */
    public record Card(long id, String question, PollAudience audience, String audienceName, Instant endsAt,
            boolean open, long ballots) {}

    public record Option(long id, String label) {}

    /** One option's votes: {@code percent} of the ballots (several options per ballot in a multiple-choice poll). */
    public record OptionResult(String label, long votes, int percent) {}

    /**
     * One neighbourhood's ballots and votes per option (in the options' order). {@code name} is null for the
     * neighbourhoods merged because too few voted there to show them apart.
     */
    public record NeighbourhoodResult(String name, long ballots, List<Long> votes, BarChart chart) {}

    /**
     * @param byNeighbourhood neighbourhoods with at least {@code minShown} ballots, then the others merged
     */
    public record Results(long ballots, List<OptionResult> options, BarChart chart,
            List<NeighbourhoodResult> byNeighbourhood, int minShown) {}

    /**
     * @param results null while they are hidden (a poll whose results show once it ended)
     * @param mayVote the viewer is asked and the poll is open
     */
    public record Page(long id, String question, PollAudience audience, String audienceName, String audiencePath,
            boolean multipleChoice, boolean liveResults, Instant endsAt, boolean open, long ballots,
            List<Option> options, Set<Long> myChoices, boolean mayVote, Results results) {

        public boolean voted() {
            return !myChoices.isEmpty();
        }
    }
}
