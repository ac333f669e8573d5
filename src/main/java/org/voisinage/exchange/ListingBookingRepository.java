package org.voisinage.exchange;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ListingBookingRepository extends JpaRepository<ListingBooking, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from ListingBooking b where b.id = :id")
    Optional<ListingBooking> lock(long id);

    /** A listing's bookings still to come or still out, the calendar's: by first day. */
    @Query("""
            select b from ListingBooking b where b.listingId = :listingId
            and (b.status = org.voisinage.exchange.BookingStatus.REQUESTED
                 or b.status = org.voisinage.exchange.BookingStatus.ACCEPTED)
            and (b.endsOn >= :today or (b.status = org.voisinage.exchange.BookingStatus.ACCEPTED and b.returnedAt is null))
            order by b.startsOn, b.id""")
    List<ListingBooking> findCurrent(long listingId, LocalDate today);

    /** Accepted bookings sharing a day with these dates. */
    @Query("""
            select b from ListingBooking b where b.listingId = :listingId
            and b.status = org.voisinage.exchange.BookingStatus.ACCEPTED
            and b.startsOn <= :to and b.endsOn >= :from""")
    List<ListingBooking> findAcceptedOverlapping(long listingId, LocalDate from, LocalDate to);

    /** Among these listings, those out on a loan today (lists show a "lent" badge). */
    @Query("""
            select distinct b.listingId from ListingBooking b where b.listingId in :listingIds
            and b.status = org.voisinage.exchange.BookingStatus.ACCEPTED and b.returnedAt is null
            and b.startsOn <= :today""")
    List<Long> findListingsOut(Collection<Long> listingIds, LocalDate today);

    /**
     * A resident's bookings still asked, to come or out, as borrower or as the object's owner, with their listing's
     * neighbourhood: what their leaving touches.
     */
    @Query("""
            select b from ListingBooking b where (b.status = org.voisinage.exchange.BookingStatus.REQUESTED
                or (b.status = org.voisinage.exchange.BookingStatus.ACCEPTED and b.returnedAt is null))
            and (b.borrowerId = :residentId
                 or b.listingId in (select l.id from Listing l where l.authorId = :residentId))
            order by b.id""")
    List<ListingBooking> findOpenOfParty(long residentId);

    /** The accepted bookings not returned yet whose first day comes by the horizon: the daily job's. */
    @Query("""
            select b.id from ListingBooking b where b.status = org.voisinage.exchange.BookingStatus.ACCEPTED
            and b.returnedAt is null and b.startsOn <= :horizon
            and (b.pickupRemindedAt is null or b.returnRemindedAt is null or b.lateFlaggedAt is null)
            order by b.id""")
    List<Long> findToRemind(LocalDate horizon);
}
