package org.voisinage.challenge;

/** The target accepted or declined the challenge: pledgers are told. */
public record ChallengeAnswered(long challengeId, boolean accepted) {}
