package org.voisinage.agenda;

import org.springframework.stereotype.Component;

/**
 * Moves the waitlist up while the event has room: in answer order, each one moved up is emailed. Called with the
 * event's row locked (by whoever freed a place or raised the capacity), so two cancels at once never promote the
 * same person twice nor fill a place twice.
 */
@Component
class Waitlist {

    private final RsvpRepository rsvps;
    private final AgendaEmails emails;

    Waitlist(RsvpRepository rsvps, AgendaEmails emails) {
        this.rsvps = rsvps;
        this.emails = emails;
    }

    int promoteWhileRoom(AgendaEvent lockedEvent) {
        int promoted = 0;
        while (!lockedEvent.isCancelled() && lockedEvent.hasRoom()) {
            var first = rsvps.firstWaitlisted(lockedEvent.getId());
            if (first.isEmpty()) {
                break;
            }
            first.get().promote();
            rsvps.saveAndFlush(first.get());
            lockedEvent.countGoing();
            emails.promoted(lockedEvent, first.get().getResidentId());
            promoted++;
        }
        return promoted;
    }
}
