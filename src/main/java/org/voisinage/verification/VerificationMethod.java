package org.voisinage.verification;

/** The four ways a pending resident proves their address. Codes are stable: they are stored and published. */
public enum VerificationMethod {
    /** A code posted to the address and typed on /verification. */
    LETTER,
    /** Two verified neighbours of the same neighbourhood vouch for them. */
    VOUCHING,
    /** Their member number and address are in the cooperative's member register. */
    MEMBER_REGISTER,
    /** A member of staff checked a document or knows them. */
    STAFF_REVIEW;

    public String code() {
        return name();
    }

    public String labelKey() {
        return "verification.method." + name();
    }
}
