package org.voisinage.profile;

import java.math.BigDecimal;
import java.util.List;

/**
 * Staff's report of a territory's time credits.
 *
 * @param total the sum of every balance, the pot's included: zero, or the ledger is broken
 * @param pot the territory's shared pot (leavers' balances returned to it)
 * @param leaverCredits what becomes of leavers' credits here
 */
public record CreditReport(long territoryId, String territoryName, boolean enabled, long transfers,
        List<Balance> balances, BigDecimal total, BigDecimal pot, LeaverCredits leaverCredits) {

    public record Balance(long residentId, String displayName, BigDecimal hours) {}
}
