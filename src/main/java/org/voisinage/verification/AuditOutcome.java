package org.voisinage.verification;

/** What happened to a resident's proof. Stored by code; labels come from the bundles. */
public enum AuditOutcome {
    VERIFIED,
    REJECTED,
    /** The proof was good but the address already had its maximum of verified accounts. */
    HOUSEHOLD_FULL,
    /** Staff corrected the flat (the dwelling the household cap counts); the reason holds the new flat. */
    FLAT_CORRECTED,
    /** The register no longer lists them and the grace period is over: no longer verified. */
    LEFT,
    /** The register no longer lists them, but staff keep them verified (the reason says why). */
    KEPT;

    public String labelKey() {
        return "verification.outcome." + name();
    }
}
