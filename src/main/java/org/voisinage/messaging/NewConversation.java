package org.voisinage.messaging;

/**
 * What the "new conversation" page shows before the first message.
 *
 * @param subject what it would be about, or null (started from a profile)
 * @param existingId the conversation these two already have about it: the page goes there instead
 */
public record NewConversation(long otherId, String otherName, SubjectSummary subject, Long existingId) {}
