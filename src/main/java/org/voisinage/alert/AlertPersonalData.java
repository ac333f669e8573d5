package org.voisinage.alert;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.voisinage.account.SqlPersonalData;

/** The alert module's part of a data export: the alerts the person raised. */
@Component
class AlertPersonalData extends SqlPersonalData {

    AlertPersonalData(JdbcTemplate jdbc) {
        super(jdbc, "alerts", Map.of("raised", """
                select id, neighbourhood_id, category, what, location, happened, advice, behaviour, clothing,
                       created_at, expires_at, resolved_at, retracted_at, retraction_reason, hidden_reason
                from alert where author_id = ? order by created_at"""), null);
    }
}
