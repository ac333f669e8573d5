package org.voisinage.request;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.voisinage.account.SqlPersonalData;

/**
 * The request module's part of a data export: the person's requests to staff, what they wrote there and the photos
 * they attached (the files go in the archive).
 */
@Component
class RequestPersonalData extends SqlPersonalData {

    RequestPersonalData(JdbcTemplate jdbc) {
        super(jdbc, "requestsToStaff", ordered(
                Map.entry("requests", """
                        select id, category, subject, status, created_at, answered_at from staff_request
                        where resident_id = ? order by created_at"""),
                Map.entry("messages", """
                        select request_id, body, created_at from request_entry
                        where author_id = ? and not staff_only order by created_at"""),
                Map.entry("photos", """
                        select request_id, file_name, created_at from request_photo
                        where uploader_id = ? order by id""")),
                "select file_name from request_photo where uploader_id = ? order by id");
    }
}
