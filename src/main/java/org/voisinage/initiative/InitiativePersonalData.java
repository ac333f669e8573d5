package org.voisinage.initiative;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.voisinage.account.SqlPersonalData;

/** The initiative module's part of a data export: the initiatives the person belongs to, and what they wrote there. */
@Component
class InitiativePersonalData extends SqlPersonalData {

    InitiativePersonalData(JdbcTemplate jdbc) {
        super(jdbc, "initiatives", ordered(
                Map.entry("memberships", """
                        select initiative_id, role, joined_at from initiative_member
                        where resident_id = ?"""),
                Map.entry("comments", """
                        select initiative_id, body, created_at from initiative_comment
                        where author_id = ? order by created_at"""),
                Map.entry("updates", """
                        select initiative_id, body, posted_at from initiative_update
                        where author_id = ? order by posted_at""")), null);
    }
}
