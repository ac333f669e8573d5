package org.voisinage.messaging;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConversationRepository extends JpaRepository<Conversation, Long> {

    Optional<Conversation> findByResidentLowAndResidentHighAndSubjectTypeAndSubjectId(long residentLow,
            long residentHigh, String subjectType, long subjectId);

    long countByStartedByAndCreatedAtAfter(long startedBy, Instant after);

    boolean existsByResidentLowAndResidentHigh(long residentLow, long residentHigh);
}
