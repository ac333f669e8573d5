package org.voisinage.alert;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AlertRepository extends JpaRepository<Alert, Long> {

    /** The read API's batches, in id order (issue 16). */
    java.util.List<Alert> findByIdGreaterThanOrderByIdAsc(Long id, org.springframework.data.domain.Limit limit);

    long countByAuthorIdAndCreatedAtAfter(long authorId, Instant since);

    @Query("""
            select a from Alert a where a.neighbourhoodId = :neighbourhoodId and a.expiresAt > :now
              and a.resolvedAt is null and a.retractedAt is null and a.hidden.hiddenAt is null
            order by a.createdAt desc""")
    List<Alert> findCurrent(long neighbourhoodId, Instant now);

    List<Alert> findTop50ByNeighbourhoodIdOrderByCreatedAtDesc(long neighbourhoodId);

    interface NeighbourhoodCount {
        long getNeighbourhoodId();
        long getCount();
    }

    @Query("""
            select a.neighbourhoodId as neighbourhoodId, count(a) as count from Alert a
            where a.createdAt >= :since group by a.neighbourhoodId""")
    List<NeighbourhoodCount> countPerNeighbourhoodSince(Instant since);
}
