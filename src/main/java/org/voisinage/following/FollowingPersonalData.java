package org.voisinage.following;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.voisinage.account.SqlPersonalData;

/** The following module's part of a data export: what the person follows, and how often. */
@Component
class FollowingPersonalData extends SqlPersonalData {

    FollowingPersonalData(JdbcTemplate jdbc) {
        super(jdbc, "follows", Map.of("follows", """
                select f.topic_type, f.topic_id, f.frequency, f.created_at from follow f
                join follower w on w.id = f.follower_id where w.resident_id = ? order by f.created_at"""), null);
    }
}
