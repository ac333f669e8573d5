package org.voisinage.initiative;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.voisinage.noticeboard.Notice;
import org.voisinage.noticeboard.NoticeboardContributor;
import org.voisinage.noticeboard.NoticeboardSection;

/** New initiatives of the neighbourhood on the printed noticeboard: proposed in the last four weeks, not hidden. */
@Component
class InitiativeNotices implements NoticeboardContributor {

    static final Duration NEW_FOR = Duration.ofDays(28);

    private final JdbcClient jdbc;

    InitiativeNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public NoticeboardSection section() {
        return NoticeboardSection.INITIATIVES;
    }

    @Override
    public List<Notice> notices(long neighbourhoodId, long territoryId, Instant from, Instant to) {
        return jdbc.sql("""
                        select id, title, summary from initiative
                        where neighbourhood_id = ? and hidden_at is null and created_at >= ? and created_at < ?
                          and status not in (?, ?)
                        order by created_at desc, id desc limit 4""")
                .params(neighbourhoodId, Timestamp.from(from.minus(NEW_FOR)), Timestamp.from(to),
                        InitiativeStatus.COMPLETED.name(), InitiativeStatus.ABANDONED.name())
                .query((rs, i) -> new Notice(rs.getString("title"), "initiative.noticeboard.detail",
                        List.of(cut(rs.getString("summary"))), "/initiatives/" + rs.getLong("id")))
                .list();
    }

    private static String cut(String summary) {
        return summary.length() <= 110 ? summary : summary.substring(0, 109).strip() + "…";
    }
}
