/**
 * Assisted participation: staff create an account for a resident without email (at their dwelling, verified by
 * staff), print their letters and a summary, and record on their behalf a pledge, an RSVP or a need, through each
 * module's API (the command names the member of staff, and the item says it was entered by staff). Everything is
 * written to the audit trail. The account can later be given an email and taken over (account module).
 */
// Boundaries: the modules it may use, exactly those it uses today;
// Modulith verification (ModularityTests) fails on any other arrow. A new one is declared here, on purpose.
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "account",
        "agenda",
        "challenge",
        "common",
        "moderation",
        "neighbourhood",
        "suggestion",
        "verification"
})
package org.voisinage.assisted;
