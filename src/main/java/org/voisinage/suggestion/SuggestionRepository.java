package org.voisinage.suggestion;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SuggestionRepository extends JpaRepository<Suggestion, Long> {

    /** A neighbourhood's needs; hidden ones only for their author. */
    @Query("""
            select s from Suggestion s
            where s.neighbourhoodId = :neighbourhoodId and (:status is null or s.status = :status)
              and (s.hidden.hiddenAt is null or s.authorId = :viewerId)""")
    Page<Suggestion> findOfNeighbourhood(long neighbourhoodId, SuggestionStatus status, long viewerId, Pageable page);

    @Query("select s from Suggestion s where (:status is null or s.status = :status)")
    Page<Suggestion> findForStaff(SuggestionStatus status, Pageable page);

    @Modifying
    @Query("update Suggestion s set s.supports = s.supports + 1 where s.id = :id")
    void addSupport(long id);

    interface StatusCount {
        SuggestionStatus getStatus();
        long getNeeds();
        long getSupports();
    }

    @Query("""
            select s.status as status, count(s) as needs, coalesce(sum(s.supports), 0) as supports
            from Suggestion s where s.hidden.hiddenAt is null group by s.status""")
    List<StatusCount> countByStatus();

    interface NeighbourhoodCount {
        long getNeighbourhoodId();
        long getCount();
    }

    @Query("""
            select s.neighbourhoodId as neighbourhoodId, count(s) as count from Suggestion s
            where s.createdAt >= :since group by s.neighbourhoodId""")
    List<NeighbourhoodCount> countPerNeighbourhoodSince(Instant since);
}
