package org.voisinage.api;

/** Whose a read API token is. */
public enum ApiTokenKind {
    /** A resident's own: reads what that resident may see. */
    PERSONAL,
    /** Made by staff for a partner: reads the public content of its territories. */
    APPLICATION
}
