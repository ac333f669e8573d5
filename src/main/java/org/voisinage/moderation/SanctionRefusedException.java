package org.voisinage.moderation;

/**
 * A suspension or a ban the moderator has no right to decide: the author is themselves, or holds a role as high as
 * theirs (see {@code Moderation.maySanction}). Shown on the decision field, with a 403; nothing is changed.
 */
public class SanctionRefusedException extends DecisionRefusedException {

    private final Decision decision;

    public SanctionRefusedException(Decision decision) {
        super("decision", "moderation.decision.sanction.refused");
        this.decision = decision;
    }

    public Decision decision() { return decision; }
}
