package org.voisinage.initiative;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.voisinage.account.ResidentErased;
import org.voisinage.account.Residents;

/**
 * Initiatives keep their members' and authors' names with what they wrote: a deleted account's become "former
 * neighbour" (in the site's language: stored text is not translated per reader).
 */
@Component
class ErasedResidentNames {

    private final JdbcTemplate jdbc;
    private final Residents residents;

    ErasedResidentNames(JdbcTemplate jdbc, Residents residents) {
        this.jdbc = jdbc;
        this.residents = residents;
    }

    @EventListener
    void on(ResidentErased erased) {
        String name = residents.formerNeighbour();
        long id = erased.residentId();
        jdbc.update("update initiative_member set display_name = ? where resident_id = ?", name, id);
        jdbc.update("update initiative_comment set author_name = ? where author_id = ?", name, id);
        jdbc.update("update initiative_update set author_name = ? where author_id = ?", name, id);
    }
}
