/**
 * Collective challenges: residents pledge to an action together and challenge a town, a company or an
 * organisation to act in return once enough of them have pledged. Publishes
 * {@link org.voisinage.following.TopicActivity} for followers and its own events
 * ({@link org.voisinage.challenge.ChallengeGoalReached}, {@link org.voisinage.challenge.ChallengeAnswered}).
 */
package org.voisinage.challenge;
