package org.voisinage.challenge;

/**
 * The target accepted or declined the challenge: pledgers are told (and webhooks).
 *
 * @param neighbourhoodId null for a challenge of the whole territory
 */
public record ChallengeAnswered(long challengeId, boolean accepted, long territoryId, Long neighbourhoodId,
        String title) {}
