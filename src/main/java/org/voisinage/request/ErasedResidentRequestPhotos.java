package org.voisinage.request;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.voisinage.account.ResidentErased;
import org.voisinage.common.Photos;

/**
 * A deleted account's photos on requests to staff are erased (personal data, as the privacy page says of every
 * photo); the request and its messages stay, signed "former neighbour", with the photos staff attached. Done in the
 * deletion's transaction (all or nothing); the files go once it commits.
 */
@Component
class ErasedResidentRequestPhotos {

    private final JdbcTemplate jdbc;
    private final Photos photos;

    ErasedResidentRequestPhotos(JdbcTemplate jdbc, Photos photos) {
        this.jdbc = jdbc;
        this.photos = photos;
    }

    @EventListener
    void on(ResidentErased erased) {
        List<String> files = jdbc.queryForList("select file_name from request_photo where uploader_id = ?",
                String.class, erased.residentId());
        jdbc.update("delete from request_photo where uploader_id = ?", erased.residentId());
        photos.deleteAfterCommit(files);
    }
}
