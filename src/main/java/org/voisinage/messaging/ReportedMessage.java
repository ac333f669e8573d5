package org.voisinage.messaging;

/** A reported message as a moderator reads it, with who wrote it and to whom. */
public record ReportedMessage(MessageView message, long conversationId, long recipientId, String recipientName) {}
