package org.voisinage.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.voisinage.profile.CreditLedger.Movement;

/** The time-credit ledger's rules: two movements per transfer, balances always summing to zero. */
class CreditLedgerTests {

    @Test
    void aTransferTakesFromTheReceiverAndGivesToTheGiver() {
        assertThat(CreditLedger.transfer(1, 2, new BigDecimal("1.50")))
                .containsExactly(new Movement(1L, new BigDecimal("-1.50")), new Movement(2L, new BigDecimal("1.50")));
    }

    @Test
    void aLeaversBalanceReturnsToThePotAndTheLedgerStaysZeroSum() {
        assertThat(CreditLedger.settle(7, new BigDecimal("2.00")))
                .containsExactly(new Movement(7L, new BigDecimal("-2.00")), new Movement(null, new BigDecimal("2.00")));
        // a debt too: the pot takes it on
        assertThat(CreditLedger.settle(7, new BigDecimal("-1.00")))
                .containsExactly(new Movement(7L, new BigDecimal("1.00")), new Movement(null, new BigDecimal("-1.00")));
        assertThat(CreditLedger.settle(7, BigDecimal.ZERO)).isEmpty();
        List<Movement> ledger = new ArrayList<>(CreditLedger.transfer(1, 7, new BigDecimal("3.00")));
        ledger.addAll(CreditLedger.settle(7, CreditLedger.balances(ledger).get(7L)));
        assertThat(CreditLedger.balances(ledger)).containsEntry(7L, new BigDecimal("0.00"))
                .containsEntry(null, new BigDecimal("3.00"));
        assertThat(CreditLedger.balances(ledger).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isZero();
    }

    @RepeatedTest(20)
    void balancesAlwaysSumToZero() {
        Random random = new Random();
        List<Movement> movements = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            long receiver = random.nextInt(30);
            long giver = (receiver + 1 + random.nextInt(29)) % 30;
            List<Movement> transfer = CreditLedger.transfer(receiver, giver,
                    BigDecimal.valueOf(1 + random.nextInt(800), 2));
            assertThat(transfer).hasSize(2);
            assertThat(transfer.stream().map(Movement::hours).reduce(BigDecimal.ZERO, BigDecimal::add)).isZero();
            movements.addAll(transfer);
        }
        assertThat(CreditLedger.balances(movements).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isZero();
    }

    @Test
    void nothingMovesWithoutTwoResidentsAndPositiveHours() {
        assertThatThrownBy(() -> CreditLedger.transfer(1, 1, BigDecimal.ONE)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> CreditLedger.transfer(1, 2, BigDecimal.ZERO)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> CreditLedger.transfer(1, 2, new BigDecimal("-1"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void skillsAreTidiedAndMatchedWithoutCaseOrAccents() {
        assertThat(Skills.normalise(" Jardinage ,, Électricité,Jardinage ")).isEqualTo("Jardinage, Électricité");
        assertThat(Skills.matches("Jardinage, Électricité", "electri")).isTrue();
        assertThat(Skills.matches("Jardinage, Électricité", "plomberie")).isFalse();
        assertThat(Skills.matches("", "")).isTrue();
    }
}
