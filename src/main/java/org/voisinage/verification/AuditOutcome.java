package org.voisinage.verification;

/** What happened to a resident's proof. Stored by code; labels come from the bundles. */
public enum AuditOutcome {
    VERIFIED,
    REJECTED,
    /** The proof was good but the address already had its maximum of verified accounts. */
    HOUSEHOLD_FULL;

    public String labelKey() {
        return "verification.outcome." + name();
    }
}
