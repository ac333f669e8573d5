/**
 * The web shell: home page, neighbourhood page, the admin dashboard and the layout model shared by every page.
 * It composes the other modules' APIs and nothing depends on it.
 */
// Boundaries: the modules it may use, exactly those it uses today, plus common
// (unused here today, but the shared kernel is allowed to every module);
// Modulith verification (ModularityTests) fails on any other arrow. A new one is declared here, on purpose.
// Not OPEN: nothing may depend on the web shell.
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "account",
        "alert",
        "announcement",
        "challenge",
        "common",
        "feed",
        "initiative",
        "moderation",
        "neighbourhood",
        "poll",
        "profile",
        "suggestion"
})
package org.voisinage.web;
