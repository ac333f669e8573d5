package org.voisinage.verification;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CodeAttemptsRepository extends JpaRepository<CodeAttempts, Long> {

    @Modifying
    @Query(value = "insert into verification_code_attempts (resident_id) values (:residentId) on conflict do nothing",
            nativeQuery = true)
    void createIfMissing(long residentId);

    /** Locked so that two simultaneous guesses both count. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from CodeAttempts a where a.residentId = :residentId")
    Optional<CodeAttempts> lock(long residentId);
}
