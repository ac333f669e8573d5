package org.voisinage.challenge;

/** A challenge reached its goal: the target is asked for its answer, pledgers are told. */
public record ChallengeGoalReached(long challengeId) {}
