package org.voisinage.exchange;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.voisinage.account.ResidentErased;
import org.voisinage.common.Photos;

/**
 * A deleted account's listings: their photos are erased (personal data), the open ones closed (nobody would answer);
 * their texts stay, as what the person wrote to others. Done in the deletion's transaction (all or nothing); the
 * files go once it commits.
 */
@Component
class ErasedResidentListings {

    private final JdbcTemplate jdbc;
    private final Photos photos;

    ErasedResidentListings(JdbcTemplate jdbc, Photos photos) {
        this.jdbc = jdbc;
        this.photos = photos;
    }

    @EventListener
    void on(ResidentErased erased) {
        List<String> files = jdbc.queryForList("""
                select p.file_name from listing_photo p join listing l on l.id = p.listing_id where l.author_id = ?""",
                String.class, erased.residentId());
        jdbc.update("delete from listing_photo p using listing l where l.id = p.listing_id and l.author_id = ?",
                erased.residentId());
        jdbc.update("update listing set expired_at = now() where author_id = ? and expired_at is null",
                erased.residentId());
        photos.deleteAfterCommit(files);
    }
}
