package org.voisinage.following;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.voisinage.common.RetentionProperties;
import org.voisinage.common.RetentionRule;

/** What following keeps only for a while (applied nightly by common.RetentionDeletes). */
@Configuration(proxyBeanMethods = false)
class FollowingRetention {

    /**
     * Topic activities feed the digests (a week at most) and the in-app notifications: they go
     * {@code voisinage.retention.topic-activities} after they were recorded, with their notifications (the foreign
     * key cascades).
     */
    @Bean
    RetentionRule oldTopicActivities() {
        return new RetentionRule("topic activities", "topic_activity", "recorded_at < ?",
                RetentionProperties::topicActivities);
    }

    /**
     * Email-follow requests (an address waiting for its confirmation) go {@code voisinage.retention.follow-requests}
     * after their link expired: the follow itself, once confirmed, lives in {@code follow}.
     */
    @Bean
    RetentionRule expiredFollowRequests() {
        return new RetentionRule("expired email-follow requests", "follow_request", "expires_at < ?",
                RetentionProperties::followRequests);
    }
}
