package org.voisinage.initiative;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.voisinage.account.PersonalDataContributor;

/** The initiative module's part of a data export: the initiatives the person belongs to, and what they wrote there. */
@Component
class InitiativePersonalData implements PersonalDataContributor {

    private final JdbcTemplate jdbc;

    InitiativePersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "initiatives";
    }

    @Override
    public Object data(long residentId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("memberships", jdbc.queryForList(
                "select initiative_id, role, joined_at from initiative_member where resident_id = ?", residentId));
        data.put("comments", jdbc.queryForList(
                "select initiative_id, body, created_at from initiative_comment where author_id = ? order by created_at",
                residentId));
        data.put("updates", jdbc.queryForList(
                "select initiative_id, body, posted_at from initiative_update where author_id = ? order by posted_at",
                residentId));
        return data;
    }
}
