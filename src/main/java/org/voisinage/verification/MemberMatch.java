package org.voisinage.verification;

/** How a resident's member number compares with the cooperative's register. */
public enum MemberMatch {
    /** No member number given at signup. */
    NONE,
    NOT_IN_REGISTER,
    /** The number is in the register, with another address. */
    OTHER_ADDRESS,
    /** Same number, same directory address. */
    MATCH;

    public String labelKey() {
        return "verification.memberMatch." + name();
    }
}
