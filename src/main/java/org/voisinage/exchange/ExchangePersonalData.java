package org.voisinage.exchange;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.voisinage.account.SqlPersonalData;

/** The exchange module's part of a data export: the listings the person published, and their photos;
 * the objects they booked. */
@Component
class ExchangePersonalData extends SqlPersonalData {

    ExchangePersonalData(JdbcTemplate jdbc) {
        super(jdbc, "listings", Map.of("published", """
                        select id, neighbourhood_id, direction, kind, category, title, description, availability,
                               radius_km, expires_on, created_at, expired_at, hidden_at, hidden_reason
                        from listing where author_id = ? order by created_at, id""", "booked", """
                        select id, listing_id, starts_on, ends_on, status, created_at, decided_at, returned_at
                        from listing_booking where borrower_id = ? order by created_at, id"""), """
                select p.file_name from listing_photo p join listing l on l.id = p.listing_id
                where l.author_id = ? order by l.id, p.position""");
    }
}
