package org.voisinage.challenge;

/**
 * Staff recorded that the target kept its word (issue 16: webhooks tell partners).
 *
 * @param neighbourhoodId null for a challenge of the whole territory
 */
public record ChallengeFulfilled(long challengeId, long territoryId, Long neighbourhoodId, String title) {}
