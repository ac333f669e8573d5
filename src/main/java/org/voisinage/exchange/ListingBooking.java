package org.voisinage.exchange;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.voisinage.common.Refusal;

/**
 * An object booked for days, from {@code startsOn} to {@code endsOn} included. A neighbour asks, the owner accepts or
 * declines, the asker may cancel. Accepted, it is the loan: the owner may also record one at once for someone not on
 * the site ({@code borrowerName}), and marks it returned. Late when not returned after its last day.
 */
@Entity
@Table(name = "listing_booking")
public class ListingBooking {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long listingId;
    private Long borrowerId;
    private String borrowerName;
    private LocalDate startsOn;
    private LocalDate endsOn;
    @Enumerated(EnumType.STRING)
    private BookingStatus status;
    private Instant createdAt;
    private Instant decidedAt;
    private Instant returnedAt;
    private Instant pickupRemindedAt;
    private Instant returnRemindedAt;
    private Instant lateFlaggedAt;
    /** Out when its owner or borrower was gone from the neighbourhood: flagged to both sides, once. */
    private Instant partyLeftAt;

    @Version
    private long version;

    protected ListingBooking() {}

    private ListingBooking(long listingId, Long borrowerId, String borrowerName, LocalDate startsOn, LocalDate endsOn,
            BookingStatus status, Instant now) {
        this.listingId = listingId;
        this.borrowerId = borrowerId;
        this.borrowerName = borrowerName;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.status = status;
        this.createdAt = now;
        this.decidedAt = status == BookingStatus.ACCEPTED ? now : null;
    }

    /** A neighbour on the site asks for these days. */
    static ListingBooking requested(long listingId, long borrowerId, LocalDate startsOn, LocalDate endsOn, Instant now) {
        return new ListingBooking(listingId, borrowerId, null, startsOn, endsOn, BookingStatus.REQUESTED, now);
    }

    /** The owner lends it now to someone they name, until {@code endsOn}: accepted at once. */
    static ListingBooking recorded(long listingId, String borrowerName, LocalDate startsOn, LocalDate endsOn,
            Instant now) {
        return new ListingBooking(listingId, null, borrowerName.strip(), startsOn, endsOn, BookingStatus.ACCEPTED, now);
    }

    /** The owner lends it now to a neighbour on the site, until {@code endsOn}: accepted at once. */
    static ListingBooking recordedFor(long listingId, long borrowerId, LocalDate startsOn, LocalDate endsOn,
            Instant now) {
        return new ListingBooking(listingId, borrowerId, null, startsOn, endsOn, BookingStatus.ACCEPTED, now);
    }

    void accept(Instant now) {
        decide(BookingStatus.ACCEPTED, now);
    }

    void decline(Instant now) {
        decide(BookingStatus.DECLINED, now);
    }

    private void decide(BookingStatus decision, Instant now) {
        if (status != BookingStatus.REQUESTED) {
            throw Refusal.conflict("exchange.booking.notPending");
        }
        status = decision;
        decidedAt = now;
    }

    /** The asker withdraws: a request, or an accepted booking whose first day has not come yet. */
    void cancel(LocalDate today, Instant now) {
        boolean pending = status == BookingStatus.REQUESTED;
        boolean accepted = status == BookingStatus.ACCEPTED && today.isBefore(startsOn);
        if (!pending && !accepted) {
            throw Refusal.conflict("exchange.booking.notCancellable");
        }
        status = BookingStatus.CANCELLED;
        decidedAt = now;
    }

    /** Back on {@code today}: the days left of the booking are free again for others. */
    void returned(LocalDate today, Instant now) {
        if (!isOut(today)) {
            throw Refusal.conflict("exchange.loan.notLent");
        }
        returnedAt = now;
        if (endsOn.isAfter(today)) {
            endsOn = today;
        }
    }

    /**
     * Its owner or borrower is gone from the neighbourhood: a booking still to come (asked, or accepted and not
     * started) is cancelled; a loan out is flagged, for both sides to settle the return.
     *
     * @return true when it was cancelled, false when flagged (or already flagged, or over)
     */
    boolean partyGone(LocalDate today, Instant now) {
        boolean coming = status == BookingStatus.REQUESTED
                || status == BookingStatus.ACCEPTED && today.isBefore(startsOn);
        if (coming) {
            status = BookingStatus.CANCELLED;
            decidedAt = now;
            return true;
        }
        if (isOut(today) && partyLeftAt == null) {
            partyLeftAt = now;
        }
        return false;
    }

    void pickupReminded(Instant now) {
        pickupRemindedAt = now;
    }

    void returnReminded(Instant now) {
        returnRemindedAt = now;
    }

    void lateFlagged(Instant now) {
        lateFlaggedAt = now;
    }

    /** Accepted, its first day come, not returned: the object is out. */
    public boolean isOut(LocalDate today) {
        return status == BookingStatus.ACCEPTED && returnedAt == null && !startsOn.isAfter(today);
    }

    /** Out after its last day. */
    public boolean isLate(LocalDate today) {
        return isOut(today) && today.isAfter(endsOn);
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        return !from.isAfter(endsOn) && !to.isBefore(startsOn);
    }

    public boolean isBorrower(long residentId) {
        return borrowerId != null && borrowerId == residentId;
    }

    public Long getId() { return id; }
    public long getListingId() { return listingId; }
    public Long getBorrowerId() { return borrowerId; }
    public String getBorrowerName() { return borrowerName; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public BookingStatus getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReturnedAt() { return returnedAt; }
    public Instant getPickupRemindedAt() { return pickupRemindedAt; }
    public Instant getReturnRemindedAt() { return returnRemindedAt; }
    public Instant getLateFlaggedAt() { return lateFlaggedAt; }
    public Instant getPartyLeftAt() { return partyLeftAt; }
}
