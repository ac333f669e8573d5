package org.voisinage.following;

import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.notification.Email;
import org.voisinage.notification.Outbox;

/**
 * Stores every activity published by other modules for the digests and the residents' in-app notifications, and emails the immediate ones at once to
 * the topic's IMMEDIATE followers. The listener may run again for the same event (its publication is retried
 * until it completes): the activity is stored once, and each email's Message-ID
 * ({@code immediate-<activity>-<follower>}) keeps the outbox from queuing it twice.
 */
@Component
class ActivityIntake {

    static final int BATCH = 500;

    private final TopicStore topics;
    private final DigestStore store;
    private final FollowingEmails emails;
    private final Outbox outbox;
    private final Notifications notifications;

    ActivityIntake(TopicStore topics, DigestStore store, FollowingEmails emails, Outbox outbox,
            Notifications notifications) {
        this.topics = topics;
        this.notifications = notifications;
        this.store = store;
        this.emails = emails;
        this.outbox = outbox;
    }

    @ApplicationModuleListener
    void on(TopicActivity activity) {
        record(activity);
    }

    /** The listener's work, in the caller's thread (the listener itself runs asynchronously, after commit). */
    @Transactional
    void record(TopicActivity activity) {
        long activityId = topics.record(activity);
        // every resident follower sees it in their in-app list, whatever the frequency of their emails
        notifications.deliver(activityId, activity.topic());
        if (!activity.immediate()) {
            return;
        }
        Object[] args = activity.count() > 0 && activity.messageArgs().isEmpty()
                ? new Object[] {activity.count()} : activity.messageArgs().toArray();
        long after = 0;
        List<DigestStore.ImmediateRow> batch;
        do {
            batch = store.immediateFollowers(activity.topic(), after, BATCH);
            UnsubscribeKeys.Batch keys = emails.keys();
            List<Email> queued = batch.stream().map(follower -> emails.immediate(keys, activityId, follower.followerId(),
                    follower.followId(), follower.email(), follower.locale(), activity.topicTitle(),
                    activity.topicPath(), emails.line(activity.messageKey(), args, follower.locale()))).toList();
            keys.save();
            outbox.queueAll(queued);
            if (!batch.isEmpty()) {
                after = batch.get(batch.size() - 1).followerId();
            }
        } while (batch.size() == BATCH);
    }
}
