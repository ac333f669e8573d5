package org.voisinage.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByKindAndResidentIdOrderByIdDesc(ApiTokenKind kind, Long residentId);

    List<ApiToken> findByKindOrderByIdDesc(ApiTokenKind kind);

    /** At most one write a minute per token: the list shows the day, not every call. */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id"
            + " and (t.lastUsedAt is null or t.lastUsedAt < :before)")
    int markUsed(long id, Instant now, Instant before);

    @Modifying
    @Query("delete from ApiToken t where t.residentId = ?1")
    void deleteByResident(long residentId);

    /** Whether a live application token lets this browser origin call (a CORS preflight carries no token). */
    @Query(value = "select exists (select 1 from api_token where kind = 'APPLICATION' and revoked_at is null"
            + " and ?1 = any (string_to_array(allowed_origins, E'\\n')))", nativeQuery = true)
    boolean originAllowed(String origin);
}
