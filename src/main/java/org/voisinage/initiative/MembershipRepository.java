package org.voisinage.initiative;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MembershipRepository extends JpaRepository<Membership, Long> {

    List<Membership> findByInitiativeIdOrderByJoinedAtAscIdAsc(long initiativeId);

    Optional<Membership> findByInitiativeIdAndResidentId(long initiativeId, long residentId);

    boolean existsByInitiativeIdAndResidentId(long initiativeId, long residentId);

    List<Membership> findByResidentId(long residentId);
}
