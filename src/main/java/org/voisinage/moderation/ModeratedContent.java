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

    /**
     * The content as this resident sees it: what the report form shows them and the report keeps. By default the
     * whole {@link #snapshot}; a type whose pages show some parts only to some people (a profile's texts its owner
     * chose not to show) leaves those parts out.
     */
    default Optional<ContentSnapshot> snapshotFor(long id, long residentId) {
        return snapshot(id);
    }

    /** Whether this resident can see the content (and so may report it). */
    boolean visibleTo(long id, long residentId);

    /** Hides the content from everyone but its author and moderators; {@code reason} is shown to the author. */
    void hide(long id, String reason);

    /** Shows hidden content again. */
    void restore(long id);

    /** Replaces the content's text (a moderator removed personal data from it). */
    void redact(long id, String text);
}
