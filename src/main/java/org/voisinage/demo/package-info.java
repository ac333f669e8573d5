/**
 * Demo data for a first look: seeded on the first start of an empty database, never in the prod profile.
 * Built only through the other modules' public APIs, like any other client of theirs.
 */
// Boundaries: the modules it may use, exactly those it uses today, plus common
// (unused here today, but the shared kernel is allowed to every module);
// Modulith verification (ModularityTests) fails on any other arrow. A new one is declared here, on purpose.
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "account",
        "agenda",
        "alert",
        "announcement",
        "challenge",
        "common",
        "directory",
        "exchange",
        "initiative",
        "messaging",
        "moderation",
        "neighbourhood",
        "organisation",
        "profile",
        "suggestion"
})
package org.voisinage.demo;
