package org.voisinage.agenda;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Residents;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;

/**
 * Residents answer events: going or not. At capacity a "going" joins the waitlist; a "not going" from someone
 * coming frees a place the first of the waitlist takes at once. Everything happens under the event's row lock
 * ({@code select ... for update}), so concurrent answers keep the count exact.
 */
@Service
@Transactional(readOnly = true)
public class Rsvps {

    private final AgendaEventRepository events;
    private final RsvpRepository rsvps;
    private final Residents residents;
    private final Waitlist waitlist;
    private final Clock clock;

    Rsvps(AgendaEventRepository events, RsvpRepository rsvps, Residents residents, Waitlist waitlist, Clock clock) {
        this.events = events;
        this.rsvps = rsvps;
        this.residents = residents;
        this.waitlist = waitlist;
        this.clock = clock;
    }

    /**
     * @return the resident's status now: GOING, WAITLISTED (the event is full) or NOT_GOING
     * @throws Refusal not a verified member of the event's neighbourhood, barred, the event cancelled
     *         or over, or going twice
     */
    @Transactional
    public RsvpStatus respond(long eventId, long residentId, boolean going) {
        return respond(eventId, residentId, going, null);
    }

    /**
     * Staff answer on an assisted resident's behalf (the same rules as the resident's own answer); the answer says
     * who entered it, and the event's page shows it to its organisers.
     */
    @Transactional
    public RsvpStatus respondFor(long eventId, long residentId, boolean going, long staffId) {
        return respond(eventId, residentId, going, staffId);
    }

    private RsvpStatus respond(long eventId, long residentId, boolean going, Long enteredBy) {
        AgendaEvent event = events.lock(eventId).filter(e -> !e.isHidden())
                .orElseThrow(() -> new NotFoundException("event", eventId));
        ResidentView who = residents.get(residentId);
        if (event.getVisibility() == Visibility.MEMBERS && !who.isMemberOf(event.getNeighbourhoodId())) {
            throw new NotFoundException("event", eventId);
        }
        if (!who.verified() || who.neighbourhoodId() == null || who.neighbourhoodId() != event.getNeighbourhoodId()) {
            throw Refusal.forbidden("agenda.rsvp.refused.notMember");
        }
        if (residents.isBarred(residentId)) {
            throw Refusal.forbidden("agenda.refused.barred");
        }
        Instant now = clock.instant();
        String refusal = event.rsvpRefusal(now);
        if (refusal != null) {
            throw Refusal.conflict(refusal);
        }
        Rsvp rsvp = rsvps.findByEventIdAndResidentId(eventId, residentId).orElse(null);
        RsvpStatus before = rsvp == null ? null : rsvp.getStatus();
        if (going) {
            if (before == RsvpStatus.GOING || before == RsvpStatus.WAITLISTED) {
                throw Refusal.conflict("agenda.rsvp.refused.twice");
            }
            RsvpStatus status = event.hasRoom() ? RsvpStatus.GOING : RsvpStatus.WAITLISTED;
            if (status == RsvpStatus.GOING) {
                event.countGoing();
            }
            save(rsvp, eventId, residentId, status, now, enteredBy);
            return status;
        }
        save(rsvp, eventId, residentId, RsvpStatus.NOT_GOING, now, enteredBy);
        if (before == RsvpStatus.GOING) {
            event.countLeaving();
            waitlist.promoteWhileRoom(event);
        }
        return RsvpStatus.NOT_GOING;
    }

    private void save(Rsvp rsvp, long eventId, long residentId, RsvpStatus status, Instant now, Long enteredBy) {
        if (rsvp == null) {
            rsvps.saveAndFlush(new Rsvp(eventId, residentId, status, now, enteredBy));
        } else {
            rsvp.answer(status, now, enteredBy);
            rsvps.saveAndFlush(rsvp);
        }
    }
}
