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
                .containsExactly(new Movement(1, new BigDecimal("-1.50")), new Movement(2, new BigDecimal("1.50")));
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
