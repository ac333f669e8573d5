package org.voisinage.profile;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CompletedExchangeRepository extends JpaRepository<CompletedExchange, Long> {

    @Query("select count(e) from CompletedExchange e where e.giverId = :residentId or e.receiverId = :residentId")
    long countInvolving(long residentId);
}
