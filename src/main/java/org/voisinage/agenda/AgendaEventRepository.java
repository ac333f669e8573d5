package org.voisinage.agenda;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AgendaEventRepository extends JpaRepository<AgendaEvent, Long> {

    /** The read API's batches, in id order (issue 16). */
    java.util.List<AgendaEvent> findByIdGreaterThanOrderByIdAsc(Long id, org.springframework.data.domain.Limit limit);

    /** The row locked for the rest of the transaction: answers and changes to one event take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from AgendaEvent e where e.id = ?1")
    Optional<AgendaEvent> lock(long id);

    /**
     * What a viewer may list: public events, members-only ones when {@code member}; hidden ones only for their
     * organiser ({@code viewerId}, -1 for anonymous).
     */
    String VISIBLE = """
            e.neighbourhoodId = :neighbourhoodId
              and (:member = true or e.visibility = org.voisinage.agenda.Visibility.PUBLIC)
              and (e.hidden.hiddenAt is null or e.organiserId = :viewerId)""";

    @Query("select e from AgendaEvent e where " + VISIBLE
            + " and e.startsAt < :to and e.endsAt > :from order by e.startsAt, e.id")
    List<AgendaEvent> between(long neighbourhoodId, boolean member, long viewerId, Instant from, Instant to);

    String COMING = "select e from AgendaEvent e where " + VISIBLE + " and e.endsAt > :now order by e.startsAt, e.id";

    @Query(value = COMING, countQuery = "select count(e) from AgendaEvent e where " + VISIBLE + " and e.endsAt > :now")
    Page<AgendaEvent> coming(long neighbourhoodId, boolean member, long viewerId, Instant now, Pageable pageable);

    /** The first of {@link #coming} without counting them all. */
    @Query(COMING)
    List<AgendaEvent> firstComing(long neighbourhoodId, boolean member, long viewerId, Instant now, Pageable first);

    @Query(value = "select e from AgendaEvent e where " + VISIBLE + " and e.endsAt <= :now order by e.startsAt desc, e.id desc",
            countQuery = "select count(e) from AgendaEvent e where " + VISIBLE + " and e.endsAt <= :now")
    Page<AgendaEvent> past(long neighbourhoodId, boolean member, long viewerId, Instant now, Pageable pageable);

    /** A feed: everything from a while ago on, cancelled events included so calendars drop them. */
    @Query("""
            select e from AgendaEvent e where e.neighbourhoodId = ?1 and e.hidden.hiddenAt is null
              and (?2 = true or e.visibility = org.voisinage.agenda.Visibility.PUBLIC) and e.endsAt > ?3
            order by e.startsAt, e.id limit 1000""")
    List<AgendaEvent> feed(long neighbourhoodId, boolean member, Instant since);

    @Query("""
            select e from AgendaEvent e where e.hostType = ?1 and e.hostId = ?2 and e.hidden.hiddenAt is null
              and e.cancelledAt is null and e.endsAt > ?3
            order by e.startsAt, e.id""")
    List<AgendaEvent> upcomingOfHost(String hostType, long hostId, Instant now, Pageable first);

    /** The dates of these series, in order. */
    @Query("select e from AgendaEvent e where e.seriesId in ?1 order by e.occurrenceDate")
    List<AgendaEvent> ofSeries(java.util.Collection<Long> seriesIds);
}
