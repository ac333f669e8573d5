package org.voisinage.account;

/** Where a person stands with their address proof. Stored by code; labels come from the bundles. */
public enum ResidentStatus {
    /** Signed up; sees their neighbourhood read-only until their address is proven. */
    PENDING,
    /** Address proven: a full member of their neighbourhood. */
    VERIFIED,
    /** Staff refused the proof, with a reason. */
    REJECTED,
    /** The account was deleted (by its owner, or by staff on request): nothing personal is left. */
    ERASED;

    public String labelKey() {
        return "resident.status." + name();
    }
}
