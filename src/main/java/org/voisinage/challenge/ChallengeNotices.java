package org.voisinage.challenge;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.voisinage.noticeboard.Notice;
import org.voisinage.noticeboard.NoticeboardContributor;
import org.voisinage.noticeboard.NoticeboardSection;

/**
 * Challenges under way on the printed noticeboard, with their progress: those of the neighbourhood and of its whole
 * territory, open or past their goal and waiting for an answer; never a draft or a hidden one.
 */
@Component
class ChallengeNotices implements NoticeboardContributor {

    private final JdbcClient jdbc;

    ChallengeNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public NoticeboardSection section() {
        return NoticeboardSection.CHALLENGES;
    }

    @Override
    public List<Notice> notices(long neighbourhoodId, long territoryId, Instant from, Instant to) {
        return jdbc.sql("""
                        select id, title, online_pledges + offline_pledges as pledges, goal, deadline from challenge
                        where territory_id = ? and (neighbourhood_id = ? or neighbourhood_id is null)
                          and hidden_at is null and state in (?, ?)
                        order by deadline, id limit 4""")
                .params(territoryId, neighbourhoodId, ChallengeState.OPEN.name(), ChallengeState.GOAL_REACHED.name())
                .query((rs, i) -> new Notice(rs.getString("title"), "challenge.noticeboard.detail",
                        List.of(rs.getInt("pledges"), rs.getInt("goal"), rs.getDate("deadline").toLocalDate()),
                        "/defis/" + rs.getLong("id")))
                .list();
    }
}
