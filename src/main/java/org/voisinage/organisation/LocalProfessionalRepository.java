package org.voisinage.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LocalProfessionalRepository extends JpaRepository<LocalProfessional, Long> {

    /** The same professional already described in this neighbourhood (name and trade, case ignored). */
    @Query("""
            select p from LocalProfessional p where p.neighbourhoodId = :neighbourhoodId
            and lower(p.name) = lower(:name) and lower(p.trade) = lower(:trade)""")
    Optional<LocalProfessional> findSame(long neighbourhoodId, String name, String trade);

    /**
     * The professionals of a neighbourhood that at least one visible recommendation names, with how many residents
     * recommend them, most recommended first: one statement.
     */
    @Query("""
            select p, count(r) from LocalProfessional p join Recommendation r on r.professionalId = p.id
            where p.neighbourhoodId = :neighbourhoodId and r.hidden.hiddenAt is null
            group by p order by count(r) desc, p.name""")
    List<Object[]> findRecommendedIn(long neighbourhoodId);
}
