package org.voisinage.account;

/** What a person may do. Each role implies the ones below it (see the security configuration). */
public enum Role {
    RESIDENT,
    MODERATOR,
    STAFF,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Whether this role is above the other one (the order of the constants). */
    public boolean outranks(Role other) {
        return other == null || compareTo(other) > 0;
    }

    public String labelKey() {
        return "role." + name();
    }
}
