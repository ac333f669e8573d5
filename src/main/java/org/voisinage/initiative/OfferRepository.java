package org.voisinage.initiative;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OfferRepository extends JpaRepository<Offer, Long> {

    List<Offer> findByInitiativeIdOrderByIdAsc(long initiativeId);

    @Query("select coalesce(sum(o.quantity), 0) from Offer o where o.needId = :needId and o.status = org.voisinage.initiative.OfferStatus.ACCEPTED")
    int acceptedQuantity(@Param("needId") long needId);

    boolean existsByNeedIdAndResidentIdAndStatus(long needId, long residentId, OfferStatus status);
}
