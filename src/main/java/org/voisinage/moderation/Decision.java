package org.voisinage.moderation;

/** What a moderator decides on a case. Stable codes; labels from the bundles. */
public enum Decision {
    /** Nothing wrong: the content stays (or comes back if it was hidden automatically). */
    DISMISS,
    /** Hidden from everyone but its author (told why) and moderators. */
    HIDE,
    /** Personal data edited out; the content stays. */
    REDACT,
    /** Hidden, and the author warned by email. */
    WARN,
    /** Hidden, and the author suspended for some days. */
    SUSPEND,
    /** Hidden, and the author banned. */
    BAN;

    public String labelKey() {
        return "moderation.decision." + name();
    }

    /** Whether the content ends hidden. */
    public boolean hides() {
        return this == HIDE || this == WARN || this == SUSPEND || this == BAN;
    }

    /** Whether it acts on the author (so needs one). */
    public boolean sanctionsAuthor() {
        return this == WARN || this == SUSPEND || this == BAN;
    }

    /** Every decision but dismissing says why (shown to the author and in the audit log). */
    public boolean needsReason() {
        return this != DISMISS;
    }
}
