/**
 * Following: people follow things (a challenge, later an initiative) and get their news by email,
 * immediately or grouped in daily or weekly digests, with one-click unsubscribe. Other modules publish
 * {@link org.voisinage.following.TopicActivity} events and call {@link org.voisinage.following.Follows};
 * this module knows nothing of them. Each module owning a topic type says who may follow it and receive its news by
 * implementing {@link org.voisinage.following.TopicAccess}: asked when a follow is made (by email: public topics only)
 * and again when each email, digest line and in-app notification is built. A type no module claims admits nobody.
 */
// Boundaries: the modules it may use, exactly those it uses today;
// Modulith verification (ModularityTests) fails on any other arrow. A new one is declared here, on purpose.
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "account",
        "common",
        "notification"
})
package org.voisinage.following;
