/**
 * The neighbourhood agenda: events, RSVPs with a waitlist, iCalendar feeds. An event may belong to a host
 * (an initiative, a challenge) that the host's module describes through an {@link org.voisinage.agenda.EventHost}.
 */
package org.voisinage.agenda;
