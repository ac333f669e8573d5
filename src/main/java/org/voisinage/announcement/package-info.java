/**
 * Announcements: news that staff publish to a neighbourhood or a whole territory; followers hear of them and
 * moderators may hide one.
 */
// Boundaries: the modules it may use, exactly those it uses today;
// Modulith verification (ModularityTests) fails on any other arrow. A new one is declared here, on purpose.
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "account",
        "common",
        "following",
        "moderation",
        "neighbourhood",
        "search"
})
package org.voisinage.announcement;
