package org.voisinage.agenda;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A resident's choices about the agenda's emails: the day-before reminders, on unless turned off. */
@Component
public class AgendaPreferences {

    private final JdbcClient jdbc;

    AgendaPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean remindersOn(long residentId) {
        return jdbc.sql("select event_reminders from agenda_preference where resident_id = ?").param(residentId)
                .query(Boolean.class).optional().orElse(true);
    }

    @Transactional
    public void setReminders(long residentId, boolean on) {
        jdbc.sql("""
                insert into agenda_preference (resident_id, event_reminders) values (?, ?)
                on conflict (resident_id) do update set event_reminders = excluded.event_reminders""")
                .params(residentId, on).update();
    }
}
