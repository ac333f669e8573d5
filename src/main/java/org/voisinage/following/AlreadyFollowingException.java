package org.voisinage.following;

/** The email address already follows the topic (confirmed): nothing to confirm again. */
public class AlreadyFollowingException extends RuntimeException {

    public AlreadyFollowingException() {
        super("This address already follows the topic");
    }
}
