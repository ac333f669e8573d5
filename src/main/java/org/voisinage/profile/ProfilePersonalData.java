package org.voisinage.profile;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.voisinage.account.SqlPersonalData;

/** The profile module's part of a data export: the profile settings, the thanks written, the time credits. */
@Component
class ProfilePersonalData extends SqlPersonalData {

    ProfilePersonalData(JdbcTemplate jdbc) {
        super(jdbc, "profile", ordered(
                Map.entry("settings",
                        "select listed, skills, interests, show_skills from profile_settings where resident_id = ?"),
                Map.entry("thanksWritten",
                        "select recipient_id, text, created_at from thanks where author_id = ? order by created_at"),
                Map.entry("credits", """
                        select t.created_at, t.conversation_id, m.hours from credit_movement m
                        join credit_transfer t on t.id = m.transfer_id
                        where m.resident_id = ? order by t.created_at""")), null);
    }
}
