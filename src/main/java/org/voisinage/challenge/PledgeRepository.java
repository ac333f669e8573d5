package org.voisinage.challenge;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PledgeRepository extends JpaRepository<Pledge, Long> {

    boolean existsByChallengeIdAndResidentId(long challengeId, long residentId);

    @Modifying
    @Query("delete from Pledge p where p.challengeId = ?1 and p.residentId = ?2")
    int deleteByChallengeIdAndResidentId(long challengeId, long residentId);

    @Query("select p.residentId from Pledge p where p.challengeId = ?1 order by p.id")
    List<Long> residentIds(long challengeId);
}
