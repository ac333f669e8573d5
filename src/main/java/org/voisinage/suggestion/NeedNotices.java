package org.voisinage.suggestion;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.voisinage.noticeboard.Notice;
import org.voisinage.noticeboard.NoticeboardContributor;
import org.voisinage.noticeboard.NoticeboardSection;

/** The neighbourhood's open needs on the printed noticeboard, most supported first; never a hidden one. */
@Component
class NeedNotices implements NoticeboardContributor {

    private final JdbcClient jdbc;

    NeedNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public NoticeboardSection section() {
        return NoticeboardSection.NEEDS;
    }

    @Override
    public List<Notice> notices(long neighbourhoodId, long territoryId, Instant from, Instant to) {
        return jdbc.sql("""
                        select id, title, supports from suggestion
                        where neighbourhood_id = ? and hidden_at is null and status in (?, ?, ?, ?)
                        order by supports desc, created_at desc limit 4""")
                .params(neighbourhoodId, SuggestionStatus.NEW.name(), SuggestionStatus.RECEIVED.name(),
                        SuggestionStatus.UNDER_STUDY.name(), SuggestionStatus.PLANNED.name())
                .query((rs, i) -> new Notice(rs.getString("title"), "suggestion.noticeboard.detail",
                        List.of(rs.getInt("supports")), "/besoins/" + rs.getLong("id")))
                .list();
    }
}
