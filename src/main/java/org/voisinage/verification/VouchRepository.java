package org.voisinage.verification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VouchRepository extends JpaRepository<Vouch, Long> {

    long countByVoucheeId(long voucheeId);

    @org.springframework.data.jpa.repository.Modifying
    @Query("delete from Vouch v where v.voucheeId = :voucheeId")
    void deleteByVoucheeId(long voucheeId);

    boolean existsByVoucherIdAndVoucheeId(long voucherId, long voucheeId);

    long countByVoucherIdAndCreatedAtAfter(long voucherId, Instant since);

    List<Vouch> findByVoucherId(long voucherId);

    @Query("select v.voucheeId, count(v) from Vouch v where v.voucheeId in :residentIds group by v.voucheeId")
    List<Object[]> countByVouchee(Collection<Long> residentIds);
}
