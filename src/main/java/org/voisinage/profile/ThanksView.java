package org.voisinage.profile;

import java.time.Instant;

/** A thanks on a profile; {@code hiddenReason} set only for its author when moderators hid it. */
public record ThanksView(long id, long authorId, String authorName, String text, Instant createdAt,
        String hiddenReason) {}
