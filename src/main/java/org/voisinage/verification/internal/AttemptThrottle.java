package org.voisinage.verification.internal;

import org.springframework.stereotype.Component;
import org.voisinage.common.RateLimits;

/**
 * Wrong proofs per client address, whichever accounts they target, counted in the database by the shared rate
 * limits: letter codes ({@value #CODES_PER_IP}) and member numbers ({@value #MEMBER_NUMBERS_PER_IP}, and
 * {@value #MEMBER_NUMBERS_PER_ADDRESS} per directory address, so that throw-away accounts cannot try number
 * after number on one household). The per-resident lock-out of letter codes is {@link Lockout}.
 */
@Component
public class AttemptThrottle {

    static final String CODES_PER_IP = "code-failures-per-ip";
    static final String MEMBER_NUMBERS_PER_IP = "member-number-failures-per-ip";
    static final String MEMBER_NUMBERS_PER_ADDRESS = "member-number-failures-per-address";

    private final RateLimits limits;

    AttemptThrottle(RateLimits limits) {
        this.limits = limits;
    }

    public boolean isBlocked(String ip) {
        return !limits.check(CODES_PER_IP, ip).allowed();
    }

    public void recordMiss(String ip) {
        limits.recordFailure(CODES_PER_IP, ip);
    }

    /** Whether member numbers may still be tried from this client address for this directory address. */
    public boolean memberNumbersBlocked(String ip, String addressId) {
        return !limits.check(MEMBER_NUMBERS_PER_ADDRESS, addressId).allowed()
                || !limits.check(MEMBER_NUMBERS_PER_IP, String.valueOf(ip)).allowed();
    }

    public void recordMemberNumberMiss(String ip, String addressId) {
        limits.recordFailure(MEMBER_NUMBERS_PER_ADDRESS, addressId);
        limits.recordFailure(MEMBER_NUMBERS_PER_IP, String.valueOf(ip));
    }
}
