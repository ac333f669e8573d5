package org.voisinage.initiative;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.voisinage.feed.FeedContributor;
import org.voisinage.feed.FeedEntry;
import org.voisinage.feed.FeedKind;
import org.voisinage.feed.FeedPlace;

/**
 * Initiatives in the public feeds, by {@link InitiativeAccess#maySee} for an anonymous visitor in SQL: not hidden
 * (the feed is refused for a members-only territory before). Their summary is already plain text.
 */
@Component
class InitiativeFeedEntries implements FeedContributor {

    private final JdbcClient jdbc;

    InitiativeFeedEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<FeedEntry> publicEntries(FeedPlace place, int max) {
        return jdbc.sql("select i.id, i.title, i.summary, i.created_at from initiative i"
                        + " where i.hidden_at is null and i.neighbourhood_id = any(cast(:neighbourhoods as bigint[]))"
                        + " order by i.created_at desc, i.id desc limit :max")
                .param("neighbourhoods", place.neighbourhoodArray())
                .param("max", max)
                .query((rs, n) -> new FeedEntry(FeedKind.INITIATIVE, rs.getString("title"), rs.getString("summary"),
                        Initiatives.path(rs.getLong("id")),
                        rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant()))
                .list();
    }
}
