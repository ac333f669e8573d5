package org.voisinage.announcement;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AnnouncementRepository extends JpaRepository<Announcement, Long> {

    /** The read API's batches, in id order (issue 16). */
    java.util.List<Announcement> findByIdGreaterThanOrderByIdAsc(Long id, org.springframework.data.domain.Limit limit);

    /** What a neighbourhood's residents see now: pinned first, then the newest. */
    @Query("""
            select a from Announcement a join a.neighbourhoodIds n
            where n = :neighbourhoodId and a.unpublishedAt is null and a.hidden.hiddenAt is null
              and (a.expiresAt is null or a.expiresAt > :now)
            order by a.pinned desc, a.publishedAt desc, a.id desc""")
    List<Announcement> findLive(long neighbourhoodId, Instant now, Pageable page);

    List<Announcement> findAllByOrderByPublishedAtDesc(Pageable page);

    /** For staff limited to some territories: those sent only to these neighbourhoods (theirs). */
    @Query("""
            select a from Announcement a
            where not exists (select 1 from Announcement b join b.neighbourhoodIds n
                              where b = a and n not in :neighbourhoodIds)
            order by a.publishedAt desc""")
    List<Announcement> findSentOnlyTo(java.util.Collection<Long> neighbourhoodIds, Pageable page);
}
