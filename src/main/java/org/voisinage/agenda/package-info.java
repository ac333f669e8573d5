/**
 * The neighbourhood agenda: events, RSVPs with a waitlist, iCalendar feeds. An event may belong to a host
 * (an initiative, a challenge) that the host's module describes through an {@link org.voisinage.agenda.EventHost}.
 */
// Boundaries: the modules it may use, exactly those it uses today;
// Modulith verification (ModularityTests) fails on any other arrow. A new one is declared here, on purpose.
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "account",
        "common",
        "directory",
        "feed",
        "moderation",
        "neighbourhood",
        "noticeboard",
        "notification",
        "search",
        "trends"
})
package org.voisinage.agenda;
