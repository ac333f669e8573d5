package org.voisinage.verification;

import java.time.Instant;

/** The answer to a typed letter code. {@code lockedUntil} is set for LOCKED; {@code missesBeforeLock} for WRONG. */
public record CodeCheck(Outcome outcome, Instant lockedUntil, int missesBeforeLock) {

    public enum Outcome {
        VERIFIED,
        /** Not 8 characters of the code alphabet: a typing slip, not counted as a miss. */
        MALFORMED,
        WRONG,
        LOCKED,
        EXPIRED,
        /** The code of an older letter, replaced by a newer one. */
        REVOKED,
        NO_LETTER,
        /** The email address is not confirmed yet: no proof counts before. */
        EMAIL_UNCONFIRMED,
        /** Too many wrong codes from this network address. */
        THROTTLED,
        NOT_PENDING;

        public String messageKey() {
            return "verification.code." + name();
        }
    }

    static CodeCheck of(Outcome outcome) {
        return new CodeCheck(outcome, null, 0);
    }
}
