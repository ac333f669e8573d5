package org.voisinage.following;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.voisinage.account.PersonalDataContributor;

/** The following module's part of a data export: what the person follows, and how often. */
@Component
class FollowingPersonalData implements PersonalDataContributor {

    private final JdbcTemplate jdbc;

    FollowingPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "follows";
    }

    @Override
    public Object data(long residentId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("follows", jdbc.queryForList("""
                select f.topic_type, f.topic_id, f.frequency, f.created_at from follow f
                join follower w on w.id = f.follower_id where w.resident_id = ? order by f.created_at""", residentId));
        return data;
    }
}
