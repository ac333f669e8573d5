package org.voisinage.organisation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DealRepository extends JpaRepository<Deal, Long> {

    /** The read API's batches, in id order (issue 16). */
    java.util.List<Deal> findByIdGreaterThanOrderByIdAsc(Long id, org.springframework.data.domain.Limit limit);

    /**
     * Deals running today of the organisations of these neighbourhoods, and of the territory-wide organisations of
     * their territories, ending soonest first: one statement (the organisations come with their deals).
     */
    @Query("""
            select d from Deal d join fetch d.organisation o
            where d.startsOn <= :today and d.endsOn >= :today and o.hidden.hiddenAt is null
              and (o.neighbourhoodId in :neighbourhoodIds
                   or (o.neighbourhoodId is null
                       and o.territoryId in (select n.territory.id from Neighbourhood n where n.id in :neighbourhoodIds)))
            order by d.endsOn, d.id""")
    List<Deal> findRunning(Collection<Long> neighbourhoodIds, LocalDate today);

    /** An organisation's deals not over yet (running or to come), by start date. */
    @Query("""
            select d from Deal d join fetch d.organisation o
            where o.id = :organisationId and d.endsOn >= :today order by d.startsOn, d.id""")
    List<Deal> findNotOver(long organisationId, LocalDate today);
}
