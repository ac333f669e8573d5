/**
 * Exchanges between neighbours: offers and requests of services, loans, gifts, barter, ride shares, good deals and
 * skills, with photos, browsing by distance and full-text search, expiry; objects to lend or rent (a price shown, no
 * money handled) have a reservation calendar, with reminders. Non-commercial.
 */
// Boundaries: the modules it may use, exactly those it uses today;
// Modulith verification (ModularityTests) fails on any other arrow. A new one is declared here, on purpose.
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "account",
        "common",
        "following",
        "messaging",
        "moderation",
        "neighbourhood",
        "notification",
        "organisation",
        "search"
})
package org.voisinage.exchange;
