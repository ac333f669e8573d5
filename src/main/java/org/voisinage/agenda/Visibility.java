package org.voisinage.agenda;

/** Who sees an event. Stored by code; labels from the bundles. */
public enum Visibility {
    /** Anyone, signed in or not, and every calendar feed. */
    PUBLIC,
    /** The neighbourhood's verified members (and staff), and feeds opened with a member's token. */
    MEMBERS;

    public String labelKey() {
        return "agenda.visibility." + name();
    }
}
