package org.voisinage.following;

import java.util.List;

/**
 * What an unsubscribe key reaches: one follow (a topic's key) or all of a follower's (the "all digests" key).
 * Shows no email address: whoever holds the link sees only what it manages.
 */
public record Subscription(String key, boolean allTopics, List<FollowView> follows) {

    public boolean active() {
        return follows.stream().anyMatch(follow -> follow.frequency() != Frequency.OFF);
    }
}
