package org.voisinage.moderation;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.voisinage.account.SqlPersonalData;

/**
 * The moderation module's part of a data export: the audit trail's entries about the person, and those of their own
 * actions (staff, moderators).
 */
@Component
class ModerationPersonalData extends SqlPersonalData {

    ModerationPersonalData(JdbcTemplate jdbc) {
        super(jdbc, "auditEntries", ordered(
                Map.entry("aboutMe", """
                        select at, action, subject, reason from audit_trail
                        where subject = 'resident:' || ? order by at"""),
                Map.entry("myActions", """
                        select at, action, subject, reason from audit_trail
                        where actor_id = ? order by at""")), null);
    }
}
