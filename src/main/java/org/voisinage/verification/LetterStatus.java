package org.voisinage.verification;

/** A verification letter's life: printed, posted, then used or replaced. Stored by code. */
public enum LetterStatus {
    GENERATED,
    SENT,
    /** Its code was typed and the resident verified. */
    USED,
    /** Replaced by a newer letter, or the resident was verified or rejected another way. */
    REVOKED;

    public boolean active() {
        return this == GENERATED || this == SENT;
    }

    public String labelKey() {
        return "verification.letter.status." + name();
    }
}
