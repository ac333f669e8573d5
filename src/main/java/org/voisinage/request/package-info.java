/**
 * Private requests to staff: a resident writes privately to the cooperative's staff (a broken intercom, a neighbour
 * dispute) with a category; staff answer (the resident sees answers and is told of each by email), keep staff-only
 * notes, set a status and an assignee, work from an inbox per territory, and are reminded of requests left
 * unanswered.
 */
// Boundaries: the modules it may use, exactly those it uses today;
// Modulith verification (ModularityTests) fails on any other arrow. A new one is declared here, on purpose.
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "account",
        "common",
        "neighbourhood",
        "notification"
})
package org.voisinage.request;
