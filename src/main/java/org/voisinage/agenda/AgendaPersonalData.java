package org.voisinage.agenda;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.voisinage.account.SqlPersonalData;

/**
 * The agenda's part of a data export: the person's answers to events (RSVPs), the events they organised, and whether
 * they turned reminders off.
 */
@Component
class AgendaPersonalData extends SqlPersonalData {

    AgendaPersonalData(JdbcTemplate jdbc) {
        super(jdbc, "agenda", ordered(
                Map.entry("rsvps", """
                        select event_id, status, responded_at from agenda_rsvp
                        where resident_id = ? order by responded_at"""),
                Map.entry("organised", """
                        select id, title, description, starts_at, ends_at, place from agenda_event
                        where organiser_id = ? order by starts_at"""),
                Map.entry("preferences", """
                        select event_reminders from agenda_preference where resident_id = ?""")), null);
    }
}
