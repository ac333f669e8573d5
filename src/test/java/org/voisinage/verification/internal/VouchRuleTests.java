package org.voisinage.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.voisinage.verification.internal.VouchRule.Party;
import org.voisinage.verification.internal.VouchRule.Refusal;

class VouchRuleTests {

    private final Party voucher = new Party(1, true, false, 10L);
    private final Party neighbour = new Party(2, false, true, 10L);

    @Test
    void aVerifiedResidentMayVouchForAPendingNeighbourThreeTimesIn30Days() {
        assertThat(VouchRule.check(voucher, neighbour, false, 0)).isEmpty();
        assertThat(VouchRule.check(voucher, neighbour, false, 2)).isEmpty();
        assertThat(VouchRule.check(voucher, neighbour, false, 3)).contains(Refusal.QUOTA_REACHED);
    }

    @Test
    void oncePerPersonAndNeverForThemselves() {
        assertThat(VouchRule.check(voucher, neighbour, true, 0)).contains(Refusal.ALREADY_VOUCHED);
        assertThat(VouchRule.check(voucher, voucher, false, 0)).contains(Refusal.SELF);
    }

    @Test
    void onlyVerifiedResidentsOfTheSameNeighbourhood() {
        assertThat(VouchRule.check(new Party(1, false, true, 10L), neighbour, false, 0)).contains(Refusal.NOT_A_MEMBER);
        assertThat(VouchRule.check(new Party(1, true, false, 11L), neighbour, false, 0)).contains(Refusal.NOT_A_MEMBER);
        assertThat(VouchRule.check(new Party(1, true, false, null), neighbour, false, 0)).contains(Refusal.NOT_A_MEMBER);
    }

    @Test
    void onlyForPendingResidents() {
        assertThat(VouchRule.check(voucher, new Party(2, true, false, 10L), false, 0)).contains(Refusal.NOT_PENDING);
    }
}
