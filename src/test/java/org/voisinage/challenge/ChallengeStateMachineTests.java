package org.voisinage.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.voisinage.challenge.internal.Milestones;
import org.voisinage.common.Refusal;

/** The challenge's state machine and pledge rules, on the entity alone. */
class ChallengeStateMachineTests {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    static Challenge challenge(int goal, Integer cap) {
        Action action = new Action("Trier", "Trier ses biodéchets", Theme.WASTE, null, true);
        return new Challenge(action, new ChallengeForm.Checked("Défi", "Ville", TargetKind.TOWN, "mairie@example.org",
                "des composteurs", 1, 2L, goal, cap, TODAY.minusDays(5), TODAY.plusDays(20)));
    }

    @Test
    void statesMoveOnlyForward() {
        assertThat(ChallengeState.DRAFT.next()).containsExactly(ChallengeState.OPEN);
        assertThat(ChallengeState.OPEN.next()).containsExactlyInAnyOrder(ChallengeState.GOAL_REACHED, ChallengeState.EXPIRED);
        assertThat(ChallengeState.GOAL_REACHED.next()).containsExactlyInAnyOrder(ChallengeState.ACCEPTED, ChallengeState.DECLINED);
        assertThat(ChallengeState.ACCEPTED.next()).containsExactlyInAnyOrder(ChallengeState.FULFILLED, ChallengeState.NOT_FULFILLED);
        for (ChallengeState end : new ChallengeState[] {ChallengeState.DECLINED, ChallengeState.FULFILLED,
                ChallengeState.NOT_FULFILLED, ChallengeState.EXPIRED}) {
            assertThat(end.next()).isEmpty();
        }
    }

    @Test
    void aDraftTakesNoPledgeAndCannotBeAnswered() {
        Challenge c = challenge(3, null);
        assertThat(c.pledgeRefusal(TODAY)).isEqualTo("challenge.refused.closed");
        assertThatThrownBy(() -> c.answer(true, "", Instant.now())).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> c.moveTo(ChallengeState.ACCEPTED)).isInstanceOf(Refusal.class);
    }

    @Test
    void reachingTheGoalMovesToGoalReachedOnceAndPledgesGoOnUntilTheCap() {
        Challenge c = challenge(2, 3);
        c.moveTo(ChallengeState.OPEN);
        assertThat(c.countPledge(TODAY)).isFalse();
        assertThat(c.countPledge(TODAY)).isTrue();
        assertThat(c.getState()).isEqualTo(ChallengeState.GOAL_REACHED);
        assertThat(c.countPledge(TODAY)).isFalse();
        assertThat(c.total()).isEqualTo(3);
        assertThatThrownBy(() -> c.countPledge(TODAY)).isInstanceOf(Refusal.class)
                .hasMessage("challenge.refused.capped");
        assertThatThrownBy(c::countWithdrawal).hasMessage("challenge.refused.withdrawClosed");
    }

    @Test
    void offlinePledgesCountTowardsTheGoal() {
        Challenge c = challenge(10, null);
        c.moveTo(ChallengeState.OPEN);
        c.countPledge(TODAY);
        assertThat(c.countOffline(9)).isTrue();
        assertThat(c.getOnlinePledges()).isEqualTo(1);
        assertThat(c.getOfflinePledges()).isEqualTo(9);
    }

    @Test
    void noPledgeBeforeOpeningNorAfterTheDeadline() {
        Challenge c = challenge(10, null);
        c.moveTo(ChallengeState.OPEN);
        assertThat(c.pledgeRefusal(TODAY.minusDays(6))).isEqualTo("challenge.refused.notYetOpen");
        assertThat(c.pledgeRefusal(TODAY.plusDays(21))).isEqualTo("challenge.refused.closed");
        assertThat(c.pledgeRefusal(TODAY.plusDays(20))).isNull();
    }

    @Test
    void anOpenChallengeExpiresOnlyAfterItsDeadlineAndOnlyOnce() {
        Challenge c = challenge(10, null);
        c.moveTo(ChallengeState.OPEN);
        assertThat(c.expireIfDue(TODAY.plusDays(20))).isFalse();
        assertThat(c.expireIfDue(TODAY.plusDays(21))).isTrue();
        assertThat(c.getState()).isEqualTo(ChallengeState.EXPIRED);
        assertThat(c.expireIfDue(TODAY.plusDays(22))).isFalse();
    }

    @Test
    void theTargetAnswersOnceThenStaffConclude() {
        Challenge c = challenge(1, null);
        c.moveTo(ChallengeState.OPEN);
        c.countPledge(TODAY);
        c.answer(true, "Avec plaisir", Instant.now());
        assertThat(c.getState()).isEqualTo(ChallengeState.ACCEPTED);
        assertThatThrownBy(() -> c.answer(false, "", Instant.now())).hasMessage("challenge.refused.alreadyAnswered");
        c.conclude(true, "Composteurs installés");
        assertThat(c.getState()).isEqualTo(ChallengeState.FULFILLED);
        assertThatThrownBy(() -> c.conclude(false, null)).hasMessage("challenge.refused.notAccepted");
    }

    @Test
    void milestonesAreQuartersOfTheGoal() {
        assertThat(Milestones.reached(0, 300)).isEmpty();
        assertThat(Milestones.reached(74, 300)).isEmpty();
        assertThat(Milestones.reached(75, 300)).containsExactly(25);
        assertThat(Milestones.reached(226, 300)).containsExactly(25, 50, 75);
        assertThat(Milestones.reached(400, 300)).containsExactly(25, 50, 75, 100);
        assertThat(Milestones.reached(1, 5)).isEmpty();
        assertThat(Milestones.reached(1, 4)).containsExactly(25);
        assertThatThrownBy(() -> Milestones.reached(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
