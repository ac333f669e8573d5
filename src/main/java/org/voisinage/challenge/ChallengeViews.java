package org.voisinage.challenge;

import org.voisinage.following.Topic;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.voisinage.challenge.internal.PledgeChart;

/** What the challenge pages show: records read in a fixed number of queries. */
public final class ChallengeViews {

    private ChallengeViews() {}

    /** A challenge in a listing. */
    public record Card(long id, String title, Theme theme, ChallengeState state, String scopeName, int total,
            int goal, LocalDate deadline, long daysLeft) {

        public int percent() {
            return (int) Math.min(100, Math.floor(total * 100.0 / goal));
        }
    }

    public record HistoryEntry(ChallengeState state, String note, Instant occurredAt) {}

    public record Milestone(int percent, Instant reachedAt) {}

    public record OfflineEntry(int count, String note, Instant recordedAt) {}

    public record Update(String body, Instant postedAt) {}

    /**
     * What the viewer may do: pledge (refusal null), or why not (a message key); withdraw when pledged and
     * the goal is not reached yet.
     */
    public record Viewer(boolean signedIn, boolean pledged, String refusal, boolean mayWithdraw) {

        public boolean mayPledge() {
            return !pledged && refusal == null;
        }
    }

    /** The challenge page. */
    public record Page(long id, String title, ActionView action, String targetName, TargetKind targetKind,
            String counterCommitment, String scopeName, Long neighbourhoodId, long territoryId, int goal, Integer cap,
            int onlinePledges, int offlinePledges, LocalDate opensOn, LocalDate deadline, long daysLeft,
            ChallengeState state, String answerMessage, Instant answeredAt, String fulfilmentNote, boolean fulfilmentPhoto,
            List<HistoryEntry> history, List<Milestone> milestones, List<OfflineEntry> offline, List<Update> updates,
            PledgeChart chart, Viewer viewer, Long needId) {

        /** What followers of this challenge follow. */
        public Topic topic() {
            return Topic.challenge(id);
        }


        public int total() {
            return onlinePledges + offlinePledges;
        }

        /** The progress bar's value: past the goal it stays full. */
        public int progressValue() {
            return Math.min(total(), goal);
        }

        public int percent() {
            return (int) Math.min(100, Math.floor(total() * 100.0 / goal));
        }
    }
}
