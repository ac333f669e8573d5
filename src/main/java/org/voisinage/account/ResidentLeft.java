package org.voisinage.account;

/**
 * A resident lost their verified status because they left the cooperative (its register no longer lists them,
 * the grace period is over). Each module hands over or closes what they leave behind, in its own listener.
 *
 * @param neighbourhoodId where they were a member
 * @param territoryId the territory of that neighbourhood (its choices apply: time credits)
 */
public record ResidentLeft(long residentId, Long neighbourhoodId, Long territoryId) {}
