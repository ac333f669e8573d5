package org.voisinage.initiative;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NeedRepository extends JpaRepository<Need, Long> {

    List<Need> findByInitiativeIdOrderByIdAsc(long initiativeId);

    /** The initiative's needs, each with its offers (a null offer for a need without any), in one statement. */
    @Query("select n, o from Need n left join Offer o on o.needId = n.id where n.initiativeId = :id order by n.id, o.id")
    List<Object[]> findWithOffers(@Param("id") long initiativeId);
}
