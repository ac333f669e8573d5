package org.voisinage.agenda;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.voisinage.common.Markdown;
import org.voisinage.feed.FeedContributor;
import org.voisinage.feed.FeedEntry;
import org.voisinage.feed.FeedKind;
import org.voisinage.feed.FeedPlace;

/**
 * Events in the public feeds, by {@link EventAccess#maySee} for an anonymous visitor in SQL: public ones, not
 * hidden; cancelled ones leave the feed as they leave the search (the page says it is cancelled).
 */
@Component
class EventFeedEntries implements FeedContributor {

    /** As long as an initiative's summary. */
    private static final int SUMMARY_LENGTH = 300;

    private final JdbcClient jdbc;
    private final Markdown markdown;

    EventFeedEntries(JdbcClient jdbc, Markdown markdown) {
        this.jdbc = jdbc;
        this.markdown = markdown;
    }

    @Override
    public List<FeedEntry> publicEntries(FeedPlace place, int max) {
        return jdbc.sql("select e.id, e.title, e.description, e.created_at from agenda_event e"
                        + " where e.visibility = :public and e.hidden_at is null and e.cancelled_at is null"
                        + " and e.neighbourhood_id = any(cast(:neighbourhoods as bigint[]))"
                        + " order by e.created_at desc, e.id desc limit :max")
                .param("public", Visibility.PUBLIC.name())
                .param("neighbourhoods", place.neighbourhoodArray())
                .param("max", max)
                .query((rs, n) -> new FeedEntry(FeedKind.EVENT, rs.getString("title"),
                        markdown.plain(rs.getString("description"), SUMMARY_LENGTH),
                        "/agenda/evenements/" + rs.getLong("id"),
                        rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant()))
                .list();
    }
}
