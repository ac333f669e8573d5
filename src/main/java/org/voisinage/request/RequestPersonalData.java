package org.voisinage.request;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.voisinage.account.SqlPersonalData;

/** The request module's part of a data export: the person's requests to staff and what they wrote there. */
@Component
class RequestPersonalData extends SqlPersonalData {

    RequestPersonalData(JdbcTemplate jdbc) {
        super(jdbc, "requestsToStaff", ordered(
                Map.entry("requests", """
                        select id, category, subject, status, created_at, answered_at from staff_request
                        where resident_id = ? order by created_at"""),
                Map.entry("messages", """
                        select request_id, body, created_at from request_entry
                        where author_id = ? and not staff_only order by created_at""")), null);
    }
}
