package org.voisinage.suggestion;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.voisinage.account.SqlPersonalData;

/** The suggestion module's part of a data export: the needs the person raised, and those they supported. */
@Component
class SuggestionPersonalData extends SqlPersonalData {

    SuggestionPersonalData(JdbcTemplate jdbc) {
        super(jdbc, "suggestions", ordered(
                Map.entry("raised", """
                        select id, neighbourhood_id, building, title, text, category, status, created_at, hidden_reason
                        from suggestion where author_id = ? order by created_at"""),
                Map.entry("supported", "select suggestion_id from suggestion_support where resident_id = ?")), null);
    }
}
