/**
 * Suggestions: residents propose improvements to the site or their territory, staff answer them; followers hear of
 * the answers and moderators may hide one.
 */
// Boundaries: the modules it may use, exactly those it uses today;
// Modulith verification (ModularityTests) fails on any other arrow. A new one is declared here, on purpose.
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "account",
        "challenge",
        "common",
        "following",
        "moderation",
        "neighbourhood",
        "noticeboard",
        "search",
        "trends"
})
package org.voisinage.suggestion;
