package org.voisinage.alert;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.voisinage.noticeboard.Notice;
import org.voisinage.noticeboard.NoticeboardContributor;
import org.voisinage.noticeboard.NoticeboardSection;

/**
 * The neighbourhood's current alerts on the printed noticeboard (read by its members): not expired when printed,
 * neither resolved, retracted nor hidden. No author's name: the page hangs in a hall.
 */
@Component
class AlertNotices implements NoticeboardContributor {

    private final JdbcClient jdbc;
    private final Clock clock;

    AlertNotices(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public NoticeboardSection section() {
        return NoticeboardSection.ALERTS;
    }

    @Override
    public List<Notice> notices(long neighbourhoodId, long territoryId, Instant from, Instant to) {
        return jdbc.sql("""
                        select id, what, location, created_at from alert
                        where neighbourhood_id = ? and hidden_at is null and resolved_at is null
                          and retracted_at is null and expires_at > ?
                        order by created_at desc, id desc limit 2""")
                .params(neighbourhoodId, Timestamp.from(clock.instant()))
                .query((rs, i) -> new Notice(rs.getString("what"), "alert.noticeboard.detail",
                        List.of(rs.getString("location"), rs.getTimestamp("created_at").toInstant()),
                        "/alertes/" + rs.getLong("id")))
                .list();
    }
}
