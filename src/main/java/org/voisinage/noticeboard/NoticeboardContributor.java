package org.voisinage.noticeboard;

import java.time.Instant;
import java.util.List;

/**
 * A module's part of the printed noticeboard: what hangs in the hall of a building of the neighbourhood, so only
 * what any member of that neighbourhood may read (public content, or the neighbourhood's members-only content),
 * never anything hidden, private or of another neighbourhood. A few lines: the page is A4 in large type.
 */
public interface NoticeboardContributor {

    NoticeboardSection section();

    /**
     * @param from the week's first instant (Monday 00:00, site time)
     * @param to the next week's first instant
     */
    List<Notice> notices(long neighbourhoodId, long territoryId, Instant from, Instant to);
}
