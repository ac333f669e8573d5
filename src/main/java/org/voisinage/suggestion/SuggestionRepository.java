package org.voisinage.suggestion;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SuggestionRepository extends JpaRepository<Suggestion, Long> {

    /** The read API's batches, in id order (issue 16). */
    java.util.List<Suggestion> findByIdGreaterThanOrderByIdAsc(Long id, org.springframework.data.domain.Limit limit);

    /** A neighbourhood's needs; hidden ones only for their author. */
    @Query("""
            select s from Suggestion s
            where s.neighbourhoodId = :neighbourhoodId and (:status is null or s.status = :status)
              and (s.hidden.hiddenAt is null or s.authorId = :viewerId)""")
    Page<Suggestion> findOfNeighbourhood(long neighbourhoodId, SuggestionStatus status, long viewerId, Pageable page);

    @Query("select s from Suggestion s where (:status is null or s.status = :status)")
    Page<Suggestion> findForStaff(SuggestionStatus status, Pageable page);

    /** {@link #findForStaff} for staff limited to some territories: the needs of their neighbourhoods. */
    @Query("select s from Suggestion s where s.neighbourhoodId in :neighbourhoods and (:status is null or s.status = :status)")
    Page<Suggestion> findForStaffIn(java.util.Collection<Long> neighbourhoods, SuggestionStatus status, Pageable page);

    /** The most supported needs first, without counting them all. */
    @Query("select s from Suggestion s order by s.supports desc, s.createdAt desc")
    List<Suggestion> findMostSupported(Pageable first);

    /** The need under a row lock: turning it into a challenge happens once. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Suggestion s where s.id = :id")
    java.util.Optional<Suggestion> findLocked(long id);

    /** {@link #findMostSupported} among these neighbourhoods' needs (a territory-limited staff member's). */
    @Query("select s from Suggestion s where s.neighbourhoodId in :neighbourhoods order by s.supports desc, s.createdAt desc")
    List<Suggestion> findMostSupportedIn(java.util.Collection<Long> neighbourhoods, Pageable first);

    @Modifying
    @Query("update Suggestion s set s.supports = s.supports + 1 where s.id = :id")
    void addSupport(long id);

    /**
     * The staff dashboard's numbers in one statement: rows with a status count the visible needs and their supports
     * of that status; rows with a neighbourhood count the needs it raised since then.
     */
    interface Tally {
        String getStatus();
        Long getNeighbourhoodId();
        long getCount();
        long getSupports();
    }

    @Query(nativeQuery = true, value = """
            select status, null as neighbourhood_id, count(*) as count, coalesce(sum(supports), 0) as supports
              from suggestion where hidden_at is null
               and (:everywhere or neighbourhood_id in (:neighbourhoods)) group by status
            union all
            select null, neighbourhood_id, count(*), 0 from suggestion where created_at >= :since
               and (:everywhere or neighbourhood_id in (:neighbourhoods))
             group by neighbourhood_id""")
    List<Tally> tally(Instant since, boolean everywhere, java.util.Collection<Long> neighbourhoods);
}
