package org.voisinage.profile;

/** Whom a resident thanks after an exchange. */
public record ThanksTarget(long conversationId, long recipientId, String recipientName) {}
