package org.voisinage.agenda;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RsvpRepository extends JpaRepository<Rsvp, Long> {

    Optional<Rsvp> findByEventIdAndResidentId(long eventId, long residentId);

    /** The first of the waitlist: whoever asked first. Called under the event's row lock. */
    @Query("""
            select r from Rsvp r where r.eventId = ?1 and r.status = org.voisinage.agenda.RsvpStatus.WAITLISTED
            order by r.respondedAt, r.id limit 1""")
    Optional<Rsvp> firstWaitlisted(long eventId);

    @Query("select r from Rsvp r where r.eventId = ?1 and r.status in ?2 order by r.respondedAt, r.id")
    List<Rsvp> withStatus(long eventId, Collection<RsvpStatus> statuses);

    @Query("""
            select count(r) from Rsvp r where r.eventId = ?1 and r.status = org.voisinage.agenda.RsvpStatus.WAITLISTED
              and (r.respondedAt < ?2 or (r.respondedAt = ?2 and r.id < ?3))""")
    long aheadInWaitlist(long eventId, java.time.Instant respondedAt, long id);

    @Query("select r from Rsvp r where r.residentId = ?1 and r.eventId in ?2")
    List<Rsvp> ofResident(long residentId, Collection<Long> eventIds);
}
