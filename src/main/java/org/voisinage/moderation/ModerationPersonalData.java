package org.voisinage.moderation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.voisinage.account.PersonalDataContributor;

/** The moderation module's part of a data export: the audit trail's entries about the person, and those of their own actions (staff, moderators). */
@Component
class ModerationPersonalData implements PersonalDataContributor {

    private final JdbcTemplate jdbc;

    ModerationPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "auditEntries";
    }

    @Override
    public Object data(long residentId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("aboutMe", jdbc.queryForList(
                "select at, action, subject, reason from audit_trail where subject = ? order by at",
                "resident:" + residentId));
        data.put("myActions", jdbc.queryForList(
                "select at, action, subject, reason from audit_trail where actor_id = ? order by at", residentId));
        return data;
    }
}
