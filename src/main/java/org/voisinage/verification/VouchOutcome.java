package org.voisinage.verification;

import org.voisinage.verification.internal.VouchRule;

/** What a vouch did: recorded (and maybe verified the neighbour), or refused for a reason. */
public record VouchOutcome(boolean recorded, boolean verified, VouchRule.Refusal refusal) {

    static VouchOutcome refused(VouchRule.Refusal refusal) {
        return new VouchOutcome(false, false, refusal);
    }
}
