package org.voisinage.agenda;

import java.util.Optional;

/**
 * Something an event can belong to ("the Koom apéro" of a challenge, a work day of an initiative). The module that
 * owns the host implements it, one bean per {@link #type()}: the agenda knows no other module's tables.
 */
public interface EventHost {

    /** A stable code: "initiative", "challenge". */
    String type();

    Optional<EventHostSummary> find(long id);

    /** Whether this resident may create and manage events for the host (its organisers, staff). */
    boolean canOrganise(long id, long residentId);
}
