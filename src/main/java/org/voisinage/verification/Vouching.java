package org.voisinage.verification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.context.event.EventListener;
import org.voisinage.account.ResidentDetails;
import org.voisinage.account.ResidentEmailConfirmed;
import org.voisinage.account.ResidentStatus;
import org.voisinage.account.Residents;
import org.voisinage.common.NotFoundException;
import org.voisinage.verification.internal.VouchRule;

/** Proof by vouching: two verified neighbours of the same neighbourhood say they know the person lives there. */
@Service
@Transactional(readOnly = true)
public class Vouching {

    private final VouchRepository vouches;
    private final Residents residents;
    private final VerificationAudit audit;
    private final JdbcTemplate jdbc;

    Vouching(VouchRepository vouches, Residents residents, VerificationAudit audit, JdbcTemplate jdbc) {
        this.vouches = vouches;
        this.residents = residents;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    public long count(long residentId) {
        return vouches.countByVoucheeId(residentId);
    }

    /** Vouches the resident may still give in the current 30-day window. */
    public long remaining(long voucherId) {
        return Math.max(0, VouchRule.MAX_PER_PERIOD - recentVouches(voucherId));
    }

    /** Whether this person may vouch at all: a verified resident with a neighbourhood. */
    public boolean canVouch(long residentId) {
        ResidentDetails me = residents.details(residentId).orElseThrow(() -> new NotFoundException("resident", residentId));
        return me.status() == ResidentStatus.VERIFIED && me.neighbourhoodId() != null;
    }

    /** The pending residents of the voucher's neighbourhood. */
    public List<VouchCandidate> candidates(long voucherId) {
        ResidentDetails me = residents.details(voucherId).orElseThrow(() -> new NotFoundException("resident", voucherId));
        if (me.status() != ResidentStatus.VERIFIED || me.neighbourhoodId() == null) {
            return List.of();
        }
        Set<Long> mine = vouches.findByVoucherId(voucherId).stream().map(Vouch::getVoucheeId).collect(Collectors.toSet());
        return residents.pending(me.neighbourhoodId()).stream().filter(r -> r.id() != voucherId)
                .map(r -> new VouchCandidate(r.id(), r.displayName(), r.streetLabel(), mine.contains(r.id())))
                .toList();
    }

    /**
     * Records that the voucher knows the vouchee lives in the neighbourhood; the second vouch verifies them, or, when
     * the vouchee has not confirmed their email address yet, their confirmation does.
     *
     * @throws AccessDeniedException when the voucher is not a verified resident of the vouchee's neighbourhood
     * @throws org.voisinage.common.Refusal conflict ({@code Residents.HOUSEHOLD_FULL}) when the second vouch cannot verify (nothing is kept)
     */
    @Transactional
    public VouchOutcome vouch(long voucherId, long voucheeId) {
        ResidentDetails voucher = residents.details(voucherId).orElseThrow(() -> new NotFoundException("resident", voucherId));
        ResidentDetails vouchee = residents.details(voucheeId).orElseThrow(() -> new NotFoundException("resident", voucheeId));
        // one voucher's quota, and one vouchee's count, are decided one request at a time
        lock("vouch-by:" + voucherId);
        lock("vouch-for:" + voucheeId);
        var refusal = VouchRule.check(party(voucher), party(vouchee),
                vouches.existsByVoucherIdAndVoucheeId(voucherId, voucheeId), recentVouches(voucherId));
        if (refusal.isPresent()) {
            if (refusal.get() == VouchRule.Refusal.NOT_A_MEMBER) {
                throw new AccessDeniedException("only verified residents of the same neighbourhood may vouch");
            }
            return VouchOutcome.refused(refusal.get());
        }
        vouches.saveAndFlush(new Vouch(voucherId, voucheeId));
        if (vouches.countByVoucheeId(voucheeId) < VouchRule.NEEDED || vouchee.emailConfirmedAt() == null) {
            return new VouchOutcome(true, false, null);
        }
        residents.verify(voucheeId, VerificationMethod.VOUCHING.code());
        audit.record(voucheeId, voucherId, VerificationMethod.VOUCHING, AuditOutcome.VERIFIED, null);
        return new VouchOutcome(true, true, null);
    }

    /**
     * When the email address is confirmed, inside that transaction: vouches given before count now. The household
     * cap is checked first, because a refusal thrown from here would undo the confirmation itself.
     */
    @EventListener
    @Transactional
    void on(ResidentEmailConfirmed event) {
        ResidentDetails vouchee = residents.details(event.residentId()).orElse(null);
        if (vouchee == null || vouchee.status() != ResidentStatus.PENDING
                || vouches.countByVoucheeId(vouchee.id()) < VouchRule.NEEDED) {
            return;
        }
        if (residents.householdFull(vouchee.addressId(), vouchee.flat())) {
            audit.record(vouchee.id(), null, VerificationMethod.VOUCHING, AuditOutcome.HOUSEHOLD_FULL, null);
            return;
        }
        residents.verify(vouchee.id(), VerificationMethod.VOUCHING.code());
        audit.record(vouchee.id(), null, VerificationMethod.VOUCHING, AuditOutcome.VERIFIED, null);
    }

    private long recentVouches(long voucherId) {
        return vouches.countByVoucherIdAndCreatedAtAfter(voucherId,
                Instant.now().minus(Duration.ofDays(VouchRule.PERIOD_DAYS)));
    }

    private void lock(String key) {
        jdbc.queryForObject("select 1 from pg_advisory_xact_lock(hashtextextended(?, 0))", Integer.class, key);
    }

    private static VouchRule.Party party(ResidentDetails r) {
        return new VouchRule.Party(r.id(), r.status() == ResidentStatus.VERIFIED, r.status() == ResidentStatus.PENDING,
                r.neighbourhoodId());
    }
}
