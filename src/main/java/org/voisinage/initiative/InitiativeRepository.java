package org.voisinage.initiative;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InitiativeRepository extends JpaRepository<Initiative, Long> {

    /** The read API's batches, in id order (issue 16). */
    java.util.List<Initiative> findByIdGreaterThanOrderByIdAsc(Long id, org.springframework.data.domain.Limit limit);

    /** The initiative locked for the rest of the transaction: offers are accepted one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Initiative i where i.id = :id")
    Optional<Initiative> findLocked(@Param("id") long id);
}
