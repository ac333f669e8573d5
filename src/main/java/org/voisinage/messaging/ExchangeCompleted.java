package org.voisinage.messaging;

/**
 * Both sides of a conversation about a subject agree the exchange took place. The side that marked it done said
 * who gave (offers and requests alike: whoever gave the service or the object is the giver); the other confirmed.
 *
 * @param service whether the subject was a service (time credits move only for services)
 */
public record ExchangeCompleted(long conversationId, String subjectType, long subjectId, long giverId, long receiverId,
        boolean service) {}
