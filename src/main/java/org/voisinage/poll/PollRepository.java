package org.voisinage.poll;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PollRepository extends JpaRepository<Poll, Long> {

    /** A neighbourhood's polls and its territory's, open ones first, the latest ending first. */
    @Query("""
            select p from Poll p
            where (p.audience = org.voisinage.poll.PollAudience.NEIGHBOURHOOD and p.neighbourhoodId = :neighbourhood)
               or (p.audience = org.voisinage.poll.PollAudience.TERRITORY and p.territoryId = :territory)
            order by case when p.endsAt > :now then 0 else 1 end, p.endsAt desc, p.id desc""")
    List<Poll> findOfNeighbourhood(@Param("neighbourhood") long neighbourhoodId, @Param("territory") long territoryId,
            @Param("now") Instant now, Pageable page);

    @Query("""
            select p from Poll p where p.initiativeId in :initiatives
            order by case when p.endsAt > :now then 0 else 1 end, p.endsAt desc, p.id desc""")
    List<Poll> findOfInitiatives(@Param("initiatives") Collection<Long> initiativeIds, @Param("now") Instant now,
            Pageable page);

    /** Polls of these territories (staff), open ones first. */
    @Query("""
            select p from Poll p where :everywhere = true or p.territoryId in :territories
            order by case when p.endsAt > :now then 0 else 1 end, p.endsAt desc, p.id desc""")
    List<Poll> findOfTerritories(@Param("everywhere") boolean everywhere,
            @Param("territories") Collection<Long> territoryIds, @Param("now") Instant now, Pageable page);

    /** Ended polls whose followers were not told their results yet. */
    @Query("select p.id from Poll p where p.resultsToldAt is null and p.endsAt <= :now order by p.endsAt")
    List<Long> findResultsDue(@Param("now") Instant now);
}
