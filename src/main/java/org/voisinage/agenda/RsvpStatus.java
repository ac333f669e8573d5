package org.voisinage.agenda;

/** A resident's answer to an event. Stored by code; labels from the bundles. */
public enum RsvpStatus {
    GOING,
    /** Wanted to come when the event was full: moves up, in answer order, when a place frees. */
    WAITLISTED,
    NOT_GOING;

    public String labelKey() {
        return "agenda.rsvp." + name();
    }
}
