/**
 * Neighbourhood alerts: residents warn their neighbours (a lost pet, a water cut), retract their alert, and
 * followers of the neighbourhood hear of it; moderators may hide one.
 */
// Boundaries: the modules it may use, exactly those it uses today;
// Modulith verification (ModularityTests) fails on any other arrow. A new one is declared here, on purpose.
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "account",
        "common",
        "following",
        "moderation",
        "neighbourhood",
        "noticeboard"
})
package org.voisinage.alert;
