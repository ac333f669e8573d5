package org.voisinage.following;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Something happened on a followed topic. The following module stores it for the digests, and sends it at
 * once to IMMEDIATE followers when {@code immediate} (milestones, state changes, answers).
 *
 * @param topicTitle the topic's title as of now, shown in emails
 * @param topicPath the topic's page, relative to the site ("/defis/42")
 * @param kind a stable code of what happened ("pledges", "milestone", "state", "answer", "update")
 * @param messageKey the message that says it in the follower's language, with {@code messageArgs}. For countable
 *        activity ({@code count > 0}) digests add the counts of the period up and render the message with the
 *        sum as its only argument {0}: "{0} new pledges"
 * @param count for countable activity (new pledges), how many; digests add them up; 0 otherwise
 * @param content the piece of content the message quotes ("alert:42"), or null: once a moderator hides or redacts it,
 *        {@link Follows#withdraw} takes the activity out of the in-app lists and of the digests not built yet
 */
public record TopicActivity(Topic topic, String topicTitle, String topicPath, String kind, String messageKey,
        List<String> messageArgs, long count, boolean immediate, Instant occurredAt, String content) {

    /** An activity that quotes no content a moderator could hide. */
    public TopicActivity(Topic topic, String topicTitle, String topicPath, String kind, String messageKey,
            List<String> messageArgs, long count, boolean immediate, Instant occurredAt) {
        this(topic, topicTitle, topicPath, kind, messageKey, messageArgs, count, immediate, occurredAt, null);
    }

    /** The same activity, quoting this content ("alert:42"). */
    public TopicActivity quoting(String quoted) {
        return new TopicActivity(topic, topicTitle, topicPath, kind, messageKey, messageArgs, count, immediate, occurredAt,
                quoted);
    }

    public TopicActivity {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(occurredAt, "occurredAt");
        messageArgs = messageArgs == null ? List.of() : List.copyOf(messageArgs);
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
    }
}
