package org.voisinage.initiative;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MembershipRepository extends JpaRepository<Membership, Long> {

    List<Membership> findByInitiativeIdOrderByJoinedAtAscIdAsc(long initiativeId);

    /**
     * The initiative and its members in joining order (a null member when it has none), in one statement: its page
     * needs both.
     */
    @Query("""
            select i, m from Initiative i left join Membership m on m.initiativeId = i.id
            where i.id = :id order by m.joinedAt, m.id""")
    List<Object[]> findInitiativeWithMembers(@Param("id") long initiativeId);

    Optional<Membership> findByInitiativeIdAndResidentId(long initiativeId, long residentId);

    boolean existsByInitiativeIdAndResidentId(long initiativeId, long residentId);

    List<Membership> findByResidentId(long residentId);
}
