package org.voisinage.following;

import static org.assertj.core.api.Assertions.assertThat;

import db.migration.V120__remove_follows_the_policies_refuse;
import db.migration.V120__remove_follows_the_policies_refuse.Removed;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.voisinage.following.internal.Keys;
import org.voisinage.support.TestData;

/**
 * V120 removes the follows made before following asked the topics' policies. It ran on an empty database at startup;
 * run again here (it is idempotent) over follows written as the original code let anyone write them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class RefusedFollowsMigrationTests {

    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;

    long a;
    long b;

    @Test
    void membersOnlyFollowsOfOutsidersAreRemovedWithTheirNotificationsAndRequestsAndTheRestIsKept() throws Exception {
        long territory = data.territory();
        double lon = 150 + ThreadLocalRandom.current().nextDouble(20);
        double lat = 60 + ThreadLocalRandom.current().nextDouble(10);
        a = data.neighbourhood(territory, lon, lat, lon + 0.001, lat + 0.001);
        b = data.neighbourhood(territory, lon + 0.002, lat, lon + 0.003, lat + 0.001);
        long member = data.resident("RESIDENT", "VERIFIED", a, null);
        long neighbour = data.resident("RESIDENT", "VERIFIED", b, null);
        long pending = data.resident("RESIDENT", "PENDING", a, null);
        long banned = data.resident("RESIDENT", "VERIFIED", a, null);
        jdbc.update("update resident set banned_at = now(), sanction_reason = 'test' where id = ?", banned);
        long suspended = data.resident("RESIDENT", "VERIFIED", a, null);
        jdbc.update("update resident set suspended_until = now() + interval '2 days', sanction_reason = 'test' where id = ?",
                suspended);
        long moderator = data.resident("MODERATOR", "VERIFIED", b, null);
        jdbc.update("insert into moderator_neighbourhood (resident_id, neighbourhood_id) values (?, ?)", moderator, a);
        long staff = data.resident("STAFF", "VERIFIED", null, null);
        long need = jdbc.queryForObject("""
                insert into suggestion (author_id, neighbourhood_id, title, text, category, status, created_at, updated_at)
                values (?, ?, 'Un banc', 'Pour se reposer', 'BENCH', 'NEW', now(), now()) returning id""",
                Long.class, member, a);
        String outsider = "outsider-" + Keys.random() + "@example.org";

        long memberAlerts = follow(residentFollower(member), "alerts", a);
        long memberNews = follow(residentFollower(member), "announcements", a);
        long memberNeed = follow(residentFollower(member), "suggestion", need);
        long neighbourAlerts = follow(residentFollower(neighbour), "alerts", a);
        long neighbourNeed = follow(residentFollower(neighbour), "suggestion", need);
        long pendingNews = follow(residentFollower(pending), "announcements", a);
        long bannedAlerts = follow(residentFollower(banned), "alerts", a);
        long suspendedAlerts = follow(residentFollower(suspended), "alerts", a);
        long moderatorAlerts = follow(residentFollower(moderator), "alerts", a);
        long moderatorNews = follow(residentFollower(moderator), "announcements", a);
        long staffNews = follow(residentFollower(staff), "announcements", a);
        long emailAlerts = follow(emailFollower(outsider), "alerts", a);
        long emailNews = follow(emailFollower(outsider), "announcements", a);
        long emailNeed = follow(emailFollower(outsider), "suggestion", need);
        long emailChallenge = follow(emailFollower(outsider), "challenge", Long.MAX_VALUE - 1);
        long activity = jdbc.queryForObject("""
                insert into topic_activity (event_key, topic_type, topic_id, kind, message_key, occurred_at)
                values (?, 'alerts', ?, 'alert', 'following.activity.update', now()) returning id""",
                Long.class, Keys.random(), a);
        jdbc.update("insert into notification (resident_id, activity_id) values (?, ?), (?, ?)", member, activity,
                neighbour, activity);
        jdbc.update("""
                insert into follow_request (token_hash, email, locale, topic_type, topic_id, frequency, expires_at)
                values (?, ?, 'fr', 'alerts', ?, 'IMMEDIATE', now() + interval '1 day')""",
                Keys.sha256(Keys.random()), outsider, a);

        Removed first = migrate();
        Removed again = migrate();

        assertThat(first.follows()).isGreaterThanOrEqualTo(8);
        assertThat(first.notifications()).isGreaterThanOrEqualTo(1);
        assertThat(first.requests()).isGreaterThanOrEqualTo(1);
        assertThat(again).as("idempotent").isEqualTo(new Removed(0, 0, 0));
        assertThat(existing(List.of(memberAlerts, memberNews, memberNeed, neighbourAlerts, neighbourNeed, pendingNews,
                bannedAlerts, suspendedAlerts, moderatorAlerts, moderatorNews, staffNews, emailAlerts, emailNews,
                emailNeed, emailChallenge)))
                .containsExactlyInAnyOrder(memberAlerts, memberNews, memberNeed, suspendedAlerts, moderatorAlerts,
                        staffNews, emailChallenge);
        assertThat(jdbc.queryForList("select resident_id from notification where activity_id = ?", Long.class, activity))
                .containsExactly(member);
        assertThat(jdbc.queryForObject("select count(*) from follow_request where email = ?", Long.class, outsider))
                .isZero();
    }

    private Removed migrate() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return V120__remove_follows_the_policies_refuse.removeRefusedFollows(connection);
        }
    }

    private long residentFollower(long resident) {
        return jdbc.queryForList("select id from follower where resident_id = ?", Long.class, resident).stream()
                .findFirst().orElseGet(() -> jdbc.queryForObject("""
                        insert into follower (resident_id, email, locale)
                        select id, email, locale from resident where id = ? returning id""",
                        Long.class, resident));
    }

    private long emailFollower(String email) {
        return jdbc.queryForList("select id from follower where email = ?", Long.class, email).stream().findFirst()
                .orElseGet(() -> jdbc.queryForObject("""
                        insert into follower (email, locale) values (?, 'fr') returning id""",
                        Long.class, email));
    }

    private long follow(long follower, String type, long topic) {
        return jdbc.queryForObject("""
                insert into follow (follower_id, topic_type, topic_id, frequency)
                values (?, ?, ?, 'IMMEDIATE') returning id""", Long.class, follower, type, topic);
    }

    private List<Long> existing(List<Long> follows) {
        return jdbc.queryForList("select id from follow where id = any(?)", Long.class, (Object) follows.toArray(Long[]::new));
    }
}
