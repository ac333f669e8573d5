/**
 * Organisations of a territory (shops, associations, public and town services): registered by staff, with the
 * verified residents who act for them. Initiatives can be carried by one; the directory shows their pages.
 */
// Boundaries: the modules it may use, exactly those it uses today;
// Modulith verification (ModularityTests) fails on any other arrow. A new one is declared here, on purpose.
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "account",
        "common",
        "moderation",
        "neighbourhood",
        "search"
})
package org.voisinage.organisation;
