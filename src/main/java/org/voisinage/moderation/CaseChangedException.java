package org.voisinage.moderation;

/** Another moderator acted on the case since this one loaded it: nothing was done; reload and look again. */
public class CaseChangedException extends RuntimeException {

    public CaseChangedException() {
        super("This case changed");
    }
}
