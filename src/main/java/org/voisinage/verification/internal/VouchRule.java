package org.voisinage.verification.internal;

import java.util.Objects;
import java.util.Optional;

/**
 * Who may vouch for whom: a verified resident, for a pending resident of the same neighbourhood, once per
 * person, not for themselves, and at most {@value #MAX_PER_PERIOD} times in any 30 days.
 */
public final class VouchRule {

    public static final int MAX_PER_PERIOD = 3;
    public static final int PERIOD_DAYS = 30;
    public static final int NEEDED = 2;

    public enum Refusal {
        /** The voucher is not a verified resident of that neighbourhood: answered with 403. */
        NOT_A_MEMBER,
        SELF,
        NOT_PENDING,
        ALREADY_VOUCHED,
        QUOTA_REACHED;

        public String messageKey() {
            return "verification.vouch.refused." + name();
        }
    }

    public record Party(long id, boolean verified, boolean pending, Long neighbourhoodId) {}

    private VouchRule() {}

    public static Optional<Refusal> check(Party voucher, Party vouchee, boolean alreadyVouched, long vouchesInPeriod) {
        if (voucher.id() == vouchee.id()) {
            return Optional.of(Refusal.SELF);
        }
        if (!voucher.verified() || voucher.neighbourhoodId() == null
                || !Objects.equals(voucher.neighbourhoodId(), vouchee.neighbourhoodId())) {
            return Optional.of(Refusal.NOT_A_MEMBER);
        }
        if (!vouchee.pending()) {
            return Optional.of(Refusal.NOT_PENDING);
        }
        if (alreadyVouched) {
            return Optional.of(Refusal.ALREADY_VOUCHED);
        }
        if (vouchesInPeriod >= MAX_PER_PERIOD) {
            return Optional.of(Refusal.QUOTA_REACHED);
        }
        return Optional.empty();
    }
}
