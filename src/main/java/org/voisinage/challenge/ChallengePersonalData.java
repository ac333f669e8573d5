package org.voisinage.challenge;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.voisinage.account.PersonalDataContributor;

/** The challenge module's part of a data export: the person's pledges. */
@Component
class ChallengePersonalData implements PersonalDataContributor {

    private final JdbcTemplate jdbc;

    ChallengePersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "pledges";
    }

    @Override
    public Object data(long residentId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("pledges", jdbc.queryForList(
                "select challenge_id, pledged_at from challenge_pledge where resident_id = ? order by pledged_at",
                residentId));
        return data;
    }
}
