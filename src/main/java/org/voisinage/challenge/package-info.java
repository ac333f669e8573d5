/**
 * Collective challenges: residents pledge to an action together and challenge a town, a company or an
 * organisation to act in return once enough of them have pledged. Publishes
 * {@link org.voisinage.following.TopicActivity} for followers and its own events
 * ({@link org.voisinage.challenge.ChallengeGoalReached}, {@link org.voisinage.challenge.ChallengeAnswered}).
 */
// Boundaries: the modules it may use, exactly those it uses today;
// Modulith verification (ModularityTests) fails on any other arrow. A new one is declared here, on purpose.
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "account",
        "agenda",
        "common",
        "feed",
        "following",
        "moderation",
        "neighbourhood",
        "noticeboard",
        "notification",
        "search",
        "trends"
})
package org.voisinage.challenge;
