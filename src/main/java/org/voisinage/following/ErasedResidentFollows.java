package org.voisinage.following;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.voisinage.account.ResidentErased;

/** A deleted account follows nothing and hears of nothing more (its follower row holds the old address). */
@Component
class ErasedResidentFollows {

    private final JdbcTemplate jdbc;

    ErasedResidentFollows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ResidentErased erased) {
        jdbc.update("delete from notification where resident_id = ?", erased.residentId());
        jdbc.update("delete from follower where resident_id = ?", erased.residentId());
    }
}
