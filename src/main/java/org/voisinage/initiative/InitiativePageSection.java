package org.voisinage.initiative;

/**
 * A part of an initiative's page another module shows (its members' polls): the initiative module cannot depend on
 * those modules, so they contribute through this, as {@code account.AccountSection} does for the account page. The
 * page renders {@code template :: fragment} with the model under {@code section}.
 */
public interface InitiativePageSection {

    String template();

    String fragment();

    /**
     * What the fragment shows to this viewer, or null for nothing. The page hands what it already read, so that a
     * section costs no statement it need not; the contributing module asks its own access policy for the rest.
     */
    Object model(Context context);

    /**
     * The initiative and the viewer as the page read them.
     *
     * @param viewerId null for anonymous visitors
     * @param member a member of the initiative (an organiser or not)
     */
    record Context(long initiativeId, String title, long neighbourhoodId, Long viewerId, boolean member,
            boolean organiser) {}

    /** A section as the page renders it. */
    record Shown(String template, String fragment, Object model) {}
}
