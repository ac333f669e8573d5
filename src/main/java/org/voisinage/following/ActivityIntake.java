package org.voisinage.following;

import java.util.List;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.Viewer;
import org.voisinage.notification.Email;
import org.voisinage.notification.Outbox;

/**
 * Stores every activity published by other modules for the digests and the residents' in-app notifications, and emails the immediate ones at once to
 * the topic's IMMEDIATE followers that its module's policy still admits (checked as each batch is built). The listener may run again for the same event (its publication is retried
 * until it completes): the activity is stored once, and each email's Message-ID
 * ({@code immediate-<activity>-<follower>}) keeps the outbox from queuing it twice.
 */
@Component
class ActivityIntake {

    static final int BATCH = 500;

    private final TopicStore topics;
    private final TopicPolicies policies;
    private final Recipients recipients;
    private final DigestStore store;
    private final FollowingEmails emails;
    private final Outbox outbox;
    private final Notifications notifications;

    ActivityIntake(TopicStore topics, TopicPolicies policies, Recipients recipients, DigestStore store,
            FollowingEmails emails, Outbox outbox, Notifications notifications) {
        this.topics = topics;
        this.policies = policies;
        this.recipients = recipients;
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
        // asked now, once for the activity: who may receive it is who may see the topic today
        TopicAudience audience = policies.audience(activity.topic());
        // every admitted resident follower sees it in their in-app list, whatever the frequency of their emails
        notifications.deliver(activityId, activity.topic(), audience);
        if (!activity.immediate()) {
            return;
        }
        Object[] args = activity.count() > 0 && activity.messageArgs().isEmpty()
                ? new Object[] {activity.count()} : activity.messageArgs().toArray();
        long after = 0;
        List<DigestStore.ImmediateRow> batch;
        do {
            batch = store.immediateFollowers(activity.topic(), after, BATCH);
            Map<Long, Viewer> viewers = recipients.viewers(batch.stream().map(DigestStore.ImmediateRow::residentId).toList());
            UnsubscribeKeys.Batch keys = emails.keys();
            List<Email> queued = batch.stream()
                    .filter(follower -> audience.admits(Recipients.of(viewers, follower.residentId())))
                    .map(follower -> emails.immediate(keys, activityId, follower.followerId(), follower.followId(),
                            follower.email(), follower.locale(), activity.topicTitle(), activity.topicPath(),
                            emails.line(activity.messageKey(), args, follower.locale())))
                    .toList();
            keys.save();
            outbox.queueAll(queued);
            if (!batch.isEmpty()) {
                after = batch.get(batch.size() - 1).followerId();
            }
        } while (batch.size() == BATCH);
    }
}
