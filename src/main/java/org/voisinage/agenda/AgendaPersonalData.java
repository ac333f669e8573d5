package org.voisinage.agenda;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.voisinage.account.PersonalDataContributor;

/** The agenda's part of a data export: the person's answers to events (RSVPs), and the events they organised. */
@Component
class AgendaPersonalData implements PersonalDataContributor {

    private final JdbcTemplate jdbc;

    AgendaPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "agenda";
    }

    @Override
    public Object data(long residentId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("rsvps", jdbc.queryForList(
                "select event_id, status, responded_at from agenda_rsvp where resident_id = ? order by responded_at",
                residentId));
        data.put("organised", jdbc.queryForList("""
                select id, title, description, starts_at, ends_at, place from agenda_event
                where organiser_id = ? order by starts_at""", residentId));
        return data;
    }
}
