package org.voisinage.common;

import java.time.Instant;

/**
 * Content moderators can hide: an entity embedding a {@link HiddenState}. The accessors pages, queries and access
 * policies read are the same on every moderated entity.
 */
public interface Hideable {

    /** This row's hidden state, never null (see {@link HiddenState#orVisible}). */
    HiddenState hiddenState();

    default boolean isHidden() {
        return hiddenState().isHidden();
    }

    /** Why moderators hid it, shown to its author; null while visible. */
    default String getHiddenReason() {
        return hiddenState().reason();
    }

    default Instant getHiddenAt() {
        return hiddenState().hiddenAt();
    }

    /** Hides it from everyone but its author (told {@code reason}) and moderators, from {@code now}. */
    default void hide(String reason, Instant now) {
        hiddenState().hide(reason, now);
    }

    /** Shows it again. */
    default void restore() {
        hiddenState().restore();
    }
}
