package org.voisinage.account;

/**
 * A part of the account page another module shows (what the resident follows...): the account module cannot
 * depend on those modules, so they contribute through this. The page renders {@code template :: fragment} with the
 * model under {@code section}.
 */
public interface AccountSection {

    String template();

    String fragment();

    /** What the fragment shows for this resident. */
    Object model(long residentId);

    /** Sections are shown in this order, lowest first. */
    default int order() {
        return 0;
    }
}
