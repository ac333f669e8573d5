package org.voisinage.verification;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LetterRepository extends JpaRepository<VerificationLetter, Long> {

    @Query("select l from VerificationLetter l where l.residentId = :residentId and l.status in ('GENERATED', 'SENT')")
    Optional<VerificationLetter> findActive(long residentId);

    /** The most recent letter of each resident (active or not), to show where their letter stands. */
    @Query("""
            select l from VerificationLetter l where l.residentId in :residentIds and l.createdAt =
            (select max(o.createdAt) from VerificationLetter o where o.residentId = l.residentId)""")
    List<VerificationLetter> findLatest(Collection<Long> residentIds);

    List<VerificationLetter> findByResidentIdAndStatusIn(long residentId, Collection<LetterStatus> statuses);

    List<VerificationLetter> findByResidentIdOrderByCreatedAtDesc(long residentId);

    Optional<VerificationLetter> findFirstByResidentIdOrderByCreatedAtDesc(long residentId);

    List<VerificationLetter> findByBatchIdAndStatus(UUID batchId, LetterStatus status);

    List<VerificationLetter> findByIdInAndStatus(Collection<Long> ids, LetterStatus status);

    /** Batches still waiting to be posted: id, printed at, number of letters. */
    @Query("""
            select l.batchId, min(l.createdAt), count(l) from VerificationLetter l where l.status = 'GENERATED'
            group by l.batchId order by min(l.createdAt) desc""")
    List<Object[]> unsentBatches();
}
