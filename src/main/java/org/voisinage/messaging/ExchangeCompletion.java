package org.voisinage.messaging;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;

/**
 * The exchange a conversation arranges: one side says it took place, the other confirms, and
 * {@link ExchangeCompleted} tells the other modules (time credits, thanks).
 */
@Service
@Transactional(readOnly = true)
public class ExchangeCompletion {

    private final ConversationRepository conversations;
    private final ConversationSubjects subjects;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExchangeCompletion(ConversationRepository conversations, ConversationSubjects subjects,
            ApplicationEventPublisher events, Clock clock) {
        this.conversations = conversations;
        this.subjects = subjects;
        this.events = events;
        this.clock = clock;
    }

    /**
     * One side says the exchange took place and whether they gave ({@code iGave}) or received.
     *
     * @throws NotFoundException when {@code me} is not one of the two residents
     * @throws Refusal (conflict) when the exchange is not open (no subject, already marked or confirmed)
     */
    @Transactional
    public void markDone(long conversationId, long me, boolean iGave) {
        conversations.participantOf(conversationId, me).markDone(me, iGave, clock.instant());
    }

    /** The other side confirms: publishes {@link ExchangeCompleted}. */
    @Transactional
    public void confirm(long conversationId, long me) {
        Conversation conversation = conversations.participantOf(conversationId, me);
        conversation.confirm(me, clock.instant());
        long giver = conversation.getGiverId();
        boolean service = subjects.find(conversation.getSubjectType(), conversation.getSubjectId())
                .map(SubjectSummary::service).orElse(false);
        events.publishEvent(new ExchangeCompleted(conversationId, conversation.getSubjectType(),
                conversation.getSubjectId(), giver, conversation.other(giver), service));
    }
}
