package org.voisinage.following;

import java.time.Instant;
import java.util.List;

/**
 * Something happened on a followed topic. The following module stores it for the digests, and sends it at
 * once to IMMEDIATE followers when {@code immediate} (milestones, state changes, answers).
 *
 * @param topicTitle the topic's title as of now, shown in emails
 * @param topicPath the topic's page, relative to the site ("/defis/42")
 * @param kind a stable code of what happened ("pledges", "milestone", "state", "answer", "update")
 * @param messageKey the message that says it in the follower's language, with {@code messageArgs}
 * @param count for countable activity (new pledges), how many; digests add them up; 0 otherwise
 */
public record TopicActivity(Topic topic, String topicTitle, String topicPath, String kind, String messageKey,
        List<String> messageArgs, long count, boolean immediate, Instant occurredAt) {}
