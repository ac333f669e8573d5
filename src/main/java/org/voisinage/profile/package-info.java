/**
 * Residents as neighbours see them: a profile page (street and neighbourhood, never the house number), privacy
 * settings, the neighbourhood directory of those who opted in, thanks after a confirmed exchange, and optional time
 * credits kept as a double-entry ledger.
 */
// Boundaries: the modules it may use, exactly those it uses today;
// Modulith verification (ModularityTests) fails on any other arrow. A new one is declared here, on purpose.
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "account",
        "common",
        "exchange",
        "messaging",
        "moderation",
        "neighbourhood",
        "trends"
})
package org.voisinage.profile;
