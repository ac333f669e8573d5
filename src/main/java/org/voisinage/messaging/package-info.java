/**
 * Private conversations between residents, started from a listing or a profile; blocking; the exchange a
 * conversation arranges, marked done by one side and confirmed by the other. Listings are described to it through
 * {@link org.voisinage.messaging.ConversationSubject}.
 */
// Boundaries: the modules it may use, exactly those it uses today;
// Modulith verification (ModularityTests) fails on any other arrow. A new one is declared here, on purpose.
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "account",
        "common",
        "moderation",
        "notification"
})
package org.voisinage.messaging;
