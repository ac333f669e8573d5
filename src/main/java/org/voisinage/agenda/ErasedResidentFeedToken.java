package org.voisinage.agenda;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.voisinage.account.ResidentErased;

/**
 * A deleted account's calendar feed link stops working, in the deletion's transaction: the feed would otherwise go
 * on listing the members-only events of a neighbourhood the person no longer belongs to. Their answers to events
 * stay as counts.
 */
@Component
class ErasedResidentFeedToken {

    private final JdbcTemplate jdbc;

    ErasedResidentFeedToken(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ResidentErased erased) {
        jdbc.update("delete from agenda_feed_token where resident_id = ?", erased.residentId());
    }
}
