package org.voisinage.challenge;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.voisinage.account.SqlPersonalData;

/** The challenge module's part of a data export: the person's pledges. */
@Component
class ChallengePersonalData extends SqlPersonalData {

    ChallengePersonalData(JdbcTemplate jdbc) {
        super(jdbc, "pledges", Map.of("pledges", """
                select challenge_id, pledged_at from challenge_pledge
                where resident_id = ? order by pledged_at"""), null);
    }
}
