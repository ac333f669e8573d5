package org.voisinage.profile;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.voisinage.account.PersonalDataContributor;

/** The profile module's part of a data export: the profile settings, the thanks written, the time credits. */
@Component
class ProfilePersonalData implements PersonalDataContributor {

    private final JdbcTemplate jdbc;

    ProfilePersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "profile";
    }

    @Override
    public Object data(long residentId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("settings", jdbc.queryForList(
                "select listed, skills, interests, show_skills from profile_settings where resident_id = ?", residentId));
        data.put("thanksWritten", jdbc.queryForList(
                "select recipient_id, text, created_at from thanks where author_id = ? order by created_at", residentId));
        data.put("credits", jdbc.queryForList("""
                select t.created_at, t.conversation_id, m.hours from credit_movement m
                join credit_transfer t on t.id = m.transfer_id where m.resident_id = ? order by t.created_at""",
                residentId));
        return data;
    }
}
