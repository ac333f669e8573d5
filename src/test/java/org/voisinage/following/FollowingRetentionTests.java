package org.voisinage.following;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.voisinage.common.RetentionDeletes;
import org.voisinage.common.RetentionRule;
import org.voisinage.support.TestData;

/**
 * Topic activities go voisinage.retention.topic-activities (90 days) after they were recorded, with their in-app
 * notifications; email-follow requests go voisinage.retention.follow-requests (30 days) after their link expired.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class FollowingRetentionTests {

    @Autowired RetentionDeletes retention;
    @Autowired RetentionRule oldTopicActivities;
    @Autowired RetentionRule expiredFollowRequests;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestData data;

    @Test
    void activitiesRecordedLongAgoGoWithTheirNotificationsAndRecentOnesStay() {
        String old = TestData.unique("old-activity");
        String recent = TestData.unique("recent-activity");
        long oldId = activity(old, "now() - interval '91 days'");
        long recentId = activity(recent, "now() - interval '89 days'");
        long resident = data.resident("RESIDENT", "VERIFIED", null, null);
        jdbc.update("insert into notification (resident_id, activity_id) values (?, ?), (?, ?)",
                resident, oldId, resident, recentId);

        assertThat(retention.apply(oldTopicActivities)).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.queryForList("select event_key from topic_activity where event_key in (?, ?)", String.class,
                old, recent)).containsExactly(recent);
        assertThat(jdbc.queryForList("select activity_id from notification where resident_id = ?", Long.class,
                resident)).containsExactly(recentId);
    }

    @Test
    void followRequestsExpiredLongAgoGoAndRecentOnesStay() {
        String old = TestData.unique("old-request");
        String recent = TestData.unique("recent-request");
        request(old, "now() - interval '31 days'");
        request(recent, "now() - interval '29 days'");

        assertThat(retention.apply(expiredFollowRequests)).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.queryForList("select token_hash from follow_request where token_hash in (?, ?)", String.class,
                old, recent)).containsExactly(recent);
    }

    private long activity(String eventKey, String recordedAt) {
        return jdbc.queryForObject("insert into topic_activity (event_key, topic_type, topic_id, kind, message_key,"
                + " occurred_at, recorded_at) values (?, 'CHALLENGE', 1, 'UPDATE', 'following.test', " + recordedAt
                + ", " + recordedAt + ") returning id", Long.class, eventKey);
    }

    private void request(String tokenHash, String expiresAt) {
        jdbc.update("insert into follow_request (token_hash, email, locale, topic_type, topic_id, frequency, expires_at)"
                + " values (?, ?, 'fr', 'CHALLENGE', 1, 'DAILY', " + expiresAt + ")", tokenHash,
                tokenHash + "@example.org");
    }
}
