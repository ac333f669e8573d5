package org.voisinage.agenda;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.voisinage.noticeboard.Notice;
import org.voisinage.noticeboard.NoticeboardContributor;
import org.voisinage.noticeboard.NoticeboardSection;

/**
 * The week's events on the printed noticeboard: the neighbourhood's events starting that week, public and
 * members-only (a member of the building reads both), never a hidden or cancelled one.
 */
@Component
class EventNotices implements NoticeboardContributor {

    private final JdbcClient jdbc;

    EventNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public NoticeboardSection section() {
        return NoticeboardSection.EVENTS;
    }

    @Override
    public List<Notice> notices(long neighbourhoodId, long territoryId, Instant from, Instant to) {
        return jdbc.sql("""
                        select id, title, starts_at, place from agenda_event
                        where neighbourhood_id = ? and cancelled_at is null and hidden_at is null
                          and starts_at >= ? and starts_at < ?
                        order by starts_at, id limit 6""")
                .params(neighbourhoodId, Timestamp.from(from), Timestamp.from(to))
                .query((rs, i) -> new Notice(rs.getString("title"), "agenda.noticeboard.detail",
                        List.of(rs.getTimestamp("starts_at").toInstant(), rs.getString("place")),
                        "/agenda/evenements/" + rs.getLong("id")))
                .list();
    }
}
