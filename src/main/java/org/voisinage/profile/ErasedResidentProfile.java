package org.voisinage.profile;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.voisinage.account.ResidentErased;

/** A deleted account's profile (skills, interests, directory listing) goes, in the deletion's transaction. */
@Component
class ErasedResidentProfile {

    private final JdbcTemplate jdbc;

    ErasedResidentProfile(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ResidentErased erased) {
        jdbc.update("delete from profile_settings where resident_id = ?", erased.residentId());
    }
}
