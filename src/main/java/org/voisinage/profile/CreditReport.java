package org.voisinage.profile;

import java.math.BigDecimal;
import java.util.List;

/**
 * Staff's report of a territory's time credits.
 *
 * @param total the sum of every balance: zero, or the ledger is broken
 */
public record CreditReport(long territoryId, String territoryName, boolean enabled, long transfers,
        List<Balance> balances, BigDecimal total) {

    public record Balance(long residentId, String displayName, BigDecimal hours) {}
}
