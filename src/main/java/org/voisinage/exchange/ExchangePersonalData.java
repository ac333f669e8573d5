package org.voisinage.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.voisinage.account.PersonalDataContributor;

/** The exchange module's part of a data export: the listings the person published, and their photos. */
@Component
class ExchangePersonalData implements PersonalDataContributor {

    private final JdbcTemplate jdbc;

    ExchangePersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "listings";
    }

    @Override
    public Object data(long residentId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("published", jdbc.queryForList("""
                select id, neighbourhood_id, direction, kind, category, title, description, availability, radius_km,
                       expires_on, created_at, expired_at, hidden_at, hidden_reason
                from listing where author_id = ? order by created_at, id""", residentId));
        return data;
    }

    @Override
    public List<String> photos(long residentId) {
        return jdbc.queryForList("""
                select p.file_name from listing_photo p join listing l on l.id = p.listing_id
                where l.author_id = ? order by l.id, p.position""", String.class, residentId);
    }
}
