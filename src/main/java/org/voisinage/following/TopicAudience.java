package org.voisinage.following;

import org.voisinage.account.Viewer;

/**
 * Who may follow one topic and hear of it, as the module owning the topic decided: asked for each follower when a
 * follow is made and again when each email, digest line or in-app notification is built. Email-only followers are
 * {@link Viewer#ANONYMOUS}: they are admitted only to public topics.
 */
@FunctionalInterface
public interface TopicAudience {

    /** A topic nobody may follow: an unknown type or id, a draft, something removed. */
    TopicAudience NOBODY = viewer -> false;

    /** A topic anyone may follow, email-only followers included. */
    TopicAudience EVERYONE = viewer -> true;

    boolean admits(Viewer viewer);

    /** Whether someone known only by their email address may follow it. */
    default boolean isPublic() {
        return admits(Viewer.ANONYMOUS);
    }
}
