package org.voisinage.challenge;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.voisinage.feed.FeedContributor;
import org.voisinage.feed.FeedEntry;
import org.voisinage.feed.FeedKind;
import org.voisinage.feed.FeedPlace;

/**
 * Challenges in the public feeds, by {@link ChallengeAccess#isPublic} in SQL: opened ones (drafts are for staff),
 * not hidden. A neighbourhood's feed has its territory's challenges that belong to no neighbourhood as well, as its
 * pages do. Dated by their last public change: opening, or the target's answer.
 */
@Component
class ChallengeFeedEntries implements FeedContributor {

    private final JdbcClient jdbc;

    ChallengeFeedEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<FeedEntry> publicEntries(FeedPlace place, int max) {
        return jdbc.sql("select c.id, c.title, c.target_name || ' — ' || c.counter_commitment as summary,"
                        + " greatest(c.created_at, c.answered_at) as updated from challenge c"
                        + " where c.state <> :draft and c.hidden_at is null"
                        + " and (c.neighbourhood_id = any(cast(:neighbourhoods as bigint[]))"
                        + " or (c.neighbourhood_id is null and c.territory_id = :territory))"
                        + " order by updated desc, c.id desc limit :max")
                .param("draft", ChallengeState.DRAFT.name())
                .param("neighbourhoods", place.neighbourhoodArray())
                .param("territory", place.territoryId())
                .param("max", max)
                .query((rs, n) -> new FeedEntry(FeedKind.CHALLENGE, rs.getString("title"), rs.getString("summary"),
                        "/defis/" + rs.getLong("id"), rs.getObject("updated", java.time.OffsetDateTime.class).toInstant()))
                .list();
    }
}
