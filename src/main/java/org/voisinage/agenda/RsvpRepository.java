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

    /**
     * The answers "going" to an event starting in {@code (from, until)}, not cancelled nor hidden, whose resident was
     * not reminded of its current start time and did not turn reminders off; by event.
     */
    @Query(nativeQuery = true, value = """
            select r.* from agenda_rsvp r join agenda_event e on e.id = r.event_id
            where r.status = 'GOING' and e.cancelled_at is null and e.hidden_at is null
              and e.starts_at > ?1 and e.starts_at < ?2
              and r.reminded_for is distinct from e.starts_at
              and not exists (select 1 from agenda_preference p
                              where p.resident_id = r.resident_id and not p.event_reminders)
            order by r.event_id, r.id limit ?3""")
    List<Rsvp> dueReminders(java.time.Instant from, java.time.Instant until, int max);
}
