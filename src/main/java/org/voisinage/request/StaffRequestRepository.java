package org.voisinage.request;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StaffRequestRepository extends JpaRepository<StaffRequest, Long> {

    List<StaffRequest> findByResidentIdOrderByCreatedAtDesc(long residentId);

    /** The staff inbox: optionally one territory, one status, one assignee (null: any). */
    @Query("""
            select r from StaffRequest r
            where (:territoryId is null or r.territoryId = :territoryId)
              and (:status is null or r.status = :status)
              and (:assigneeId is null or r.assigneeId = :assigneeId)
              and (:everyTerritory = true or r.territoryId in :territories)
            order by r.createdAt desc""")
    List<StaffRequest> inbox(Long territoryId, RequestStatus status, Long assigneeId, boolean everyTerritory,
            java.util.Collection<Long> territories);

    /** New requests nobody answered since before {@code before}, not yet reminded of. */
    @Query("""
            select r from StaffRequest r where r.status = 'NEW' and r.answeredAt is null and r.remindedAt is null
            and r.createdAt < :before order by r.createdAt""")
    List<StaffRequest> unansweredSince(Instant before);
}
