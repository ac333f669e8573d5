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

    public String labelKey() {
        return "role." + name();
    }
}
