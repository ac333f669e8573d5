package org.voisinage.messaging;

import java.time.Instant;

/** One conversation in a resident's inbox. */
public record InboxRow(long id, long otherId, String otherName, String subjectTitle, Instant lastMessageAt,
        long unread) {}
