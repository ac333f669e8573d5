package org.voisinage.challenge;

/**
 * A challenge reached its goal: the target is asked for its answer, pledgers are told (and webhooks, which need
 * where and what it is without asking back).
 *
 * @param neighbourhoodId null for a challenge of the whole territory
 */
public record ChallengeGoalReached(long challengeId, long territoryId, Long neighbourhoodId, String title) {}
