package org.voisinage.messaging;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.voisinage.account.ResidentErased;

/**
 * A deleted account's messaging choices go, in the deletion's transaction: whether new messages were emailed, and
 * whom the person had blocked. What they wrote to others stays, signed "former neighbour".
 */
@Component
class ErasedResidentMessaging {

    private final JdbcTemplate jdbc;

    ErasedResidentMessaging(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ResidentErased erased) {
        jdbc.update("delete from messaging_preference where resident_id = ?", erased.residentId());
        jdbc.update("delete from resident_block where blocker_id = ?", erased.residentId());
    }
}
