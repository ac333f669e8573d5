package org.voisinage.moderation;

import java.util.Optional;

/**
 * What a module offers moderation for one type of its content; one bean per {@link ContentType}. The owning
 * module keeps the hidden state on its own rows (hidden content leaves every page but its author's, who sees
 * why) and filters it in its own queries.
 */
public interface ModeratedContent {

    ContentType type();

    /** The content now; empty when it does not exist. */
    Optional<ContentSnapshot> snapshot(long id);

    /** Whether this resident can see the content (and so may report it). */
    boolean visibleTo(long id, long residentId);

    /** Hides the content from everyone but its author and moderators; {@code reason} is shown to the author. */
    void hide(long id, String reason);

    /** Shows hidden content again. */
    void restore(long id);

    /** Replaces the content's text (a moderator removed personal data from it). */
    void redact(long id, String text);
}
