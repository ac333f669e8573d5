package org.voisinage.following;

import java.sql.Timestamp;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.voisinage.common.BatchedDeletes;
import org.voisinage.common.RetentionProperties;

/**
 * Topic activities feed the digests (a week at most) and the in-app notifications: they go
 * {@code voisinage.retention.topic-activities} after they were recorded, with their notifications (the foreign key
 * cascades). Email-follow requests (an address waiting for its confirmation) go
 * {@code voisinage.retention.follow-requests} after their link expired: the follow itself, once confirmed, lives in
 * {@code follow}.
 */
@Component
class FollowingRetention {

    private static final Logger log = LoggerFactory.getLogger(FollowingRetention.class);

    private final JdbcTemplate jdbc;
    private final RetentionProperties retention;
    private final Clock clock;

    FollowingRetention(JdbcTemplate jdbc, RetentionProperties retention, Clock clock) {
        this.jdbc = jdbc;
        this.retention = retention;
        this.clock = clock;
    }

    // ShedLock: name=retention-following
    @Scheduled(cron = "${voisinage.retention.cron:0 45 3 * * *}", zone = "#{@siteClock.zone().id}")
    void run() {
        int activities = deleteOldActivities();
        int requests = deleteOldFollowRequests();
        if (activities + requests > 0) {
            log.info("{} topic activities and {} expired follow requests deleted", activities, requests);
        }
    }

    int deleteOldActivities() {
        return BatchedDeletes.delete(jdbc, "topic_activity", "recorded_at < ?", retention.batchSize(),
                Timestamp.from(clock.instant().minus(retention.topicActivities())));
    }

    int deleteOldFollowRequests() {
        return BatchedDeletes.delete(jdbc, "follow_request", "expires_at < ?", retention.batchSize(),
                Timestamp.from(clock.instant().minus(retention.followRequests())));
    }
}
