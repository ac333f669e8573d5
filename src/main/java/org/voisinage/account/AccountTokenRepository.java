package org.voisinage.account;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<AccountToken> findByTokenHashAndPurpose(String tokenHash, TokenPurpose purpose);

    /** The same without a lock, to show a page. */
    Optional<AccountToken> readByTokenHashAndPurpose(String tokenHash, TokenPurpose purpose);

    /** Issuing a new link retires the previous unused ones of the same purpose. */
    @Modifying
    @Query("update AccountToken t set t.usedAt = :now where t.residentId = :residentId and t.purpose = :purpose and t.usedAt is null")
    void retireAll(long residentId, TokenPurpose purpose, Instant now);

    @Modifying
    void deleteAllByResidentId(long residentId);
}
