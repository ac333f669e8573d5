package org.voisinage.challenge;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.voisinage.challenge.internal.Milestones;
import org.voisinage.following.Topic;
import org.voisinage.following.TopicActivity;

/**
 * What happens to a challenge, kept and told: every state change in its history, milestones once each, and every
 * change told to its followers ({@link TopicActivity}).
 */
@Component
class ChallengeJournal {

    private final ChallengeRecords records;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChallengeJournal(ChallengeRecords records, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.events = events;
        this.clock = clock;
    }

    /** Milestones reached for the first time, and the goal: recorded, and told to followers. */
    void countChanged(Challenge challenge, boolean goalReached) {
        for (int percent : Milestones.reached(challenge.total(), challenge.getGoal())) {
            if (records.milestone(challenge.getId(), percent, clock.instant())) {
                activity(challenge, "milestone", "challenge.activity.milestone", List.of(String.valueOf(percent)), 0, true);
            }
        }
        if (goalReached) {
            changedState(challenge, null);
            events.publishEvent(new ChallengeGoalReached(challenge.getId(), challenge.getTerritoryId(),
                    challenge.getNeighbourhoodId(), challenge.getTitle()));
        }
    }

    void changedState(Challenge challenge, String note) {
        records.history(challenge.getId(), challenge.getState(), note, clock.instant());
        if (challenge.getState() != ChallengeState.DRAFT) {
            activity(challenge, "state", "challenge.activity.state." + challenge.getState().name(), List.of(), 0, true);
        }
    }

    void activity(Challenge challenge, String kind, String key, List<String> args, long count, boolean immediate) {
        events.publishEvent(new TopicActivity(Topic.challenge(challenge.getId()), challenge.getTitle(),
                "/defis/" + challenge.getId(), kind, key, args, count, immediate, clock.instant()));
    }
}
