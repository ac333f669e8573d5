package org.voisinage.profile;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of the time-credit ledger, apart from storage: a transfer is two movements, one taking the hours from
 * the one who received the service, one giving them to the one who gave it, so every transfer sums to zero and so
 * do all balances together. Never money.
 */
final class CreditLedger {

    /** @param residentId null for the territory's shared pot */
    record Movement(Long residentId, BigDecimal hours) {}

    private CreditLedger() {}

    static List<Movement> transfer(long fromReceiver, long toGiver, BigDecimal hours) {
        if (fromReceiver == toGiver) {
            throw new IllegalStateException("A transfer needs two residents");
        }
        if (hours == null || hours.signum() <= 0) {
            throw new IllegalStateException("A transfer moves a positive number of hours");
        }
        return List.of(new Movement(fromReceiver, hours.negate()), new Movement(toGiver, hours));
    }

    /**
     * A leaver's balance returned to the territory's pot (a negative balance too: the pot takes on the debt), so
     * the ledger stays zero-sum; nothing for a zero balance.
     */
    static List<Movement> settle(long leaver, BigDecimal balance) {
        if (balance.signum() == 0) {
            return List.of();
        }
        return List.of(new Movement(leaver, balance.negate()), new Movement(null, balance));
    }

    static Map<Long, BigDecimal> balances(Collection<Movement> movements) {
        Map<Long, BigDecimal> balances = new HashMap<>();
        movements.forEach(m -> balances.merge(m.residentId(), m.hours(), BigDecimal::add));
        return balances;
    }
}
