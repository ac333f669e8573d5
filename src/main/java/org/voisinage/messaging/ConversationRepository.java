package org.voisinage.messaging;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.voisinage.common.NotFoundException;

interface ConversationRepository extends JpaRepository<Conversation, Long> {

    Optional<Conversation> findByResidentLowAndResidentHighAndSubjectTypeAndSubjectId(long residentLow,
            long residentHigh, String subjectType, long subjectId);

    long countByStartedByAndCreatedAtAfter(long startedBy, Instant after);

    boolean existsByResidentLowAndResidentHigh(long residentLow, long residentHigh);

    /** The conversation, when {@code me} is one of its two residents; for anyone else it does not exist. */
    default Conversation participantOf(long conversationId, long me) {
        return findById(conversationId).filter(c -> c.isParticipant(me))
                .orElseThrow(() -> new NotFoundException("conversation", conversationId));
    }

    /** The conversation these two residents have about the subject (null: about nothing), if any. */
    default Optional<Conversation> between(long me, long otherId, SubjectSummary subject) {
        return findByResidentLowAndResidentHighAndSubjectTypeAndSubjectId(Math.min(me, otherId),
                Math.max(me, otherId), subject == null ? Conversation.NO_SUBJECT : subject.type(),
                subject == null ? 0 : subject.id());
    }
}
