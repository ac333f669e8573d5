package org.voisinage.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Residents;
import org.voisinage.account.Viewer;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;
import org.voisinage.common.SiteClock;

/**
 * The reservation calendar of objects to lend or rent, and their loans (one model: an accepted booking is the loan).
 * A verified neighbour who sees the listing asks for days; its owner accepts or declines; the asker may cancel; the
 * owner may also record a loan at once, and marks the object returned. Two accepted bookings never share a day:
 * checked here for a clear message, and by the database ({@code listing_booking_no_overlap}) whatever happens.
 */
@Service
@Transactional(readOnly = true)
public class ListingBookings {

    /** The longest booking, in days. */
    static final int MAX_DAYS = 60;

    private final ListingRepository listings;
    private final ListingBookingRepository bookings;
    private final AuthorsListings authors;
    private final ListingAccess access;
    private final Residents residents;
    private final BookingNotices notices;
    private final SiteClock clock;

    ListingBookings(ListingRepository listings, ListingBookingRepository bookings, AuthorsListings authors,
            ListingAccess access, Residents residents, BookingNotices notices, SiteClock clock) {
        this.listings = listings;
        this.bookings = bookings;
        this.authors = authors;
        this.access = access;
        this.residents = residents;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * A neighbour asks for the object from {@code startsOn} to {@code endsOn}; its owner is told.
     *
     * @throws NotFoundException the listing is not there for them
     * @throws Refusal (forbidden) their own object, or not verified; (conflict) not bookable or closed; (invalid, on
     *         the dates) past, in the wrong order, too long, or taken
     */
    @Transactional
    public long request(long listingId, long requesterId, LocalDate startsOn, LocalDate endsOn) {
        Listing listing = listings.lock(listingId).orElseThrow(() -> new NotFoundException("listing", listingId));
        Viewer viewer = residents.viewer(requesterId);
        if (!access.maySee(viewer, listing)) {
            throw new NotFoundException("listing", listingId);
        }
        if (listing.isAuthor(requesterId)) {
            throw Refusal.forbidden("exchange.booking.own");
        }
        if (!viewer.verified() || residents.isBarred(requesterId)) {
            throw Refusal.forbidden("exchange.booking.notVerified");
        }
        if (!listing.isBookable()) {
            throw Refusal.conflict("exchange.booking.notBookable");
        }
        LocalDate today = clock.today();
        if (!listing.isLive(today)) {
            throw Refusal.conflict("exchange.booking.closed");
        }
        checkDates(listingId, startsOn, endsOn, today, "startsOn", "endsOn");
        ListingBooking booking = bookings.save(ListingBooking.requested(listingId, requesterId, startsOn, endsOn,
                clock.now()));
        notices.requested(listing, booking);
        return booking.getId();
    }

    /**
     * The owner accepts a request: the days are theirs to lend; the asker is told.
     *
     * @throws Refusal (conflict) no longer a request, or the days were taken meanwhile
     */
    @Transactional
    public long accept(long bookingId, long ownerId) {
        Decision decision = decide(bookingId, ownerId);
        ListingBooking booking = decision.booking();
        boolean taken = bookings.findAcceptedOverlapping(booking.getListingId(), booking.getStartsOn(),
                booking.getEndsOn()).stream().anyMatch(other -> !other.getId().equals(booking.getId()));
        if (taken) {
            throw Refusal.conflict("exchange.booking.taken");
        }
        booking.accept(clock.now());
        flushHoldingDates(booking);
        notices.answered(decision.listing(), booking);
        return booking.getListingId();
    }

    /** @throws Refusal (conflict) no longer a request */
    @Transactional
    public long decline(long bookingId, long ownerId) {
        Decision decision = decide(bookingId, ownerId);
        decision.booking().decline(clock.now());
        notices.answered(decision.listing(), decision.booking());
        return decision.booking().getListingId();
    }

    /**
     * The asker withdraws a request, or an accepted booking not begun; the owner is told.
     *
     * @throws NotFoundException not their booking
     * @throws Refusal (conflict) declined, cancelled, or begun already
     */
    @Transactional
    public long cancel(long bookingId, long requesterId) {
        ListingBooking booking = bookings.lock(bookingId).filter(b -> b.isBorrower(requesterId))
                .orElseThrow(() -> new NotFoundException("booking", bookingId));
        booking.cancel(clock.today(), clock.now());
        listings.findById(booking.getListingId()).ifPresent(listing -> notices.cancelled(listing, booking));
        return booking.getListingId();
    }

    /**
     * The owner lends the object now, until {@code returnOn}: an accepted booking from today, to a neighbour of the
     * listing's neighbourhood (told of reminders like any borrower) or, when none is chosen, to someone they name.
     *
     * @throws Refusal (invalid, on {@code borrowerId}) not a member of the listing's neighbourhood, or the owner; (on
     *         {@code lentTo}) nobody given; (on {@code returnOn}) a date already past or days already booked;
     *         (conflict) not an object to lend or rent
     */
    @Transactional
    public void recordLoan(long listingId, long ownerId, LoanForm loan) {
        Listing listing = authors.lock(listingId, ownerId);
        if (!listing.isBookable()) {
            throw Refusal.conflict("exchange.loan.notALoan");
        }
        Long borrowerId = loan.borrowerId();
        if (borrowerId != null && (borrowerId == ownerId
                || residents.membersAmong(listing.getNeighbourhoodId(), List.of(borrowerId)).isEmpty())) {
            throw Refusal.invalid("borrowerId", "exchange.loan.borrower.notNeighbour");
        }
        if (borrowerId == null && (loan.lentTo() == null || loan.lentTo().isBlank())) {
            throw Refusal.invalid("lentTo", "exchange.loan.lentTo.required");
        }
        LocalDate today = clock.today();
        LocalDate returnOn = loan.returnOn();
        if (returnOn.isBefore(today)) {
            throw Refusal.invalid("returnOn", "exchange.loan.returnOn.past");
        }
        checkDates(listingId, today, returnOn, today, "returnOn", "returnOn");
        flushHoldingDates(bookings.save(borrowerId != null
                ? ListingBooking.recordedFor(listingId, borrowerId, today, returnOn, clock.now())
                : ListingBooking.recorded(listingId, loan.lentTo(), today, returnOn, clock.now())));
    }

    /** Those the owner may lend to by name on the site: the verified members of the listing's neighbourhood. */
    public List<ResidentView> neighboursToLendTo(long listingId, long ownerId) {
        Listing listing = authors.find(listingId, ownerId);
        return residents.members(listing.getNeighbourhoodId()).stream().filter(r -> r.id() != ownerId).toList();
    }

    /** The owner has the object back: the loan out (the earliest, if one is late) ends. */
    @Transactional
    public void markReturned(long listingId, long ownerId) {
        authors.lock(listingId, ownerId);
        LocalDate today = clock.today();
        ListingBooking out = bookings.findCurrent(listingId, today).stream().filter(b -> b.isOut(today)).findFirst()
                .orElseThrow(() -> Refusal.conflict("exchange.loan.notLent"));
        out.returned(today, clock.now());
    }

    /**
     * A resident is gone from a neighbourhood (left the cooperative, deleted their account, moved away): their
     * bookings there as borrower, and those of their objects there, are cancelled when still to come, the other
     * side told; a loan out is flagged to both sides, to settle the return.
     *
     * @param neighbourhoodId the neighbourhood they are gone from; null: every one
     * @return how many bookings it touched
     */
    @Transactional
    public int partyGone(long residentId, Long neighbourhoodId) {
        LocalDate today = clock.today();
        int touched = 0;
        for (ListingBooking booking : bookings.findOpenOfParty(residentId)) {
            Listing listing = listings.findById(booking.getListingId()).orElse(null);
            if (listing == null || neighbourhoodId != null && listing.getNeighbourhoodId() != neighbourhoodId) {
                continue;
            }
            boolean flaggedBefore = booking.getPartyLeftAt() != null;
            if (booking.partyGone(today, clock.now())) {
                notices.cancelledAsPartyGone(listing, booking, listing.isAuthor(residentId));
            } else if (!flaggedBefore && booking.getPartyLeftAt() != null) {
                notices.outWhilePartyGone(listing, booking);
            } else {
                continue;
            }
            touched++;
        }
        return touched;
    }

    /** The listing a booking is of (to go back to its page once an action on it was refused). */
    public long listingOf(long bookingId) {
        return bookings.findById(bookingId).map(ListingBooking::getListingId)
                .orElseThrow(() -> new NotFoundException("booking", bookingId));
    }

    /** The calendar of a listing the viewer sees (its page has checked it). */
    public BookingCalendar calendar(Listing listing, Viewer viewer) {
        if (!listing.isBookable()) {
            return BookingCalendar.NONE;
        }
        LocalDate today = clock.today();
        boolean owner = listing.isAuthor(viewer.id());
        List<ListingBooking> current = bookings.findCurrent(listing.getId(), today);
        Map<Long, String> names = names(current.stream().filter(b -> owner || b.isBorrower(viewer.id())));
        List<BookingCalendar.Line> taken = current.stream()
                .filter(b -> b.getStatus() == BookingStatus.ACCEPTED && b.getReturnedAt() == null)
                .map(b -> line(b, owner || b.isBorrower(viewer.id()) ? name(b, names) : null, today)).toList();
        List<BookingCalendar.Line> requests = owner ? current.stream()
                .filter(b -> b.getStatus() == BookingStatus.REQUESTED).map(b -> line(b, name(b, names), today)).toList()
                : List.of();
        List<BookingCalendar.Line> mine = current.stream()
                .filter(b -> b.isBorrower(viewer.id()) && b.getReturnedAt() == null)
                .map(b -> line(b, null, today)).toList();
        boolean mayRequest = !owner && viewer.verified() && listing.isLive(today);
        return new BookingCalendar(true, mayRequest, taken, requests, mine);
    }

    /** The loan out today, if any: who has it (their name), until when, whether late. */
    Optional<ListingView.Loan> loanOut(Listing listing) {
        if (!listing.isBookable()) {
            return Optional.empty();
        }
        LocalDate today = clock.today();
        return bookings.findCurrent(listing.getId(), today).stream().filter(b -> b.isOut(today)).findFirst()
                .map(b -> new ListingView.Loan(name(b, names(Stream.of(b))), b.getEndsOn(), b.isLate(today)));
    }

    private record Decision(Listing listing, ListingBooking booking) {}

    /** A request of the owner's object, both locked: 404 for those who may not see the object, 403 for the others. */
    private Decision decide(long bookingId, long ownerId) {
        long listingId = bookings.findById(bookingId).map(ListingBooking::getListingId)
                .orElseThrow(() -> new NotFoundException("booking", bookingId));
        Listing listing = authors.lock(listingId, ownerId);
        return new Decision(listing, bookings.lock(bookingId).orElseThrow());
    }

    private void checkDates(long listingId, LocalDate startsOn, LocalDate endsOn, LocalDate today, String startField,
            String endField) {
        if (startsOn.isBefore(today)) {
            throw Refusal.invalid(startField, "exchange.booking.startsOn.past");
        }
        if (endsOn.isBefore(startsOn)) {
            throw Refusal.invalid(endField, "exchange.booking.endsOn.beforeStart");
        }
        if (endsOn.isAfter(startsOn.plusDays(MAX_DAYS - 1))) {
            throw Refusal.invalid(endField, "exchange.booking.tooLong", MAX_DAYS);
        }
        if (!bookings.findAcceptedOverlapping(listingId, startsOn, endsOn).isEmpty()) {
            throw Refusal.invalid(startField, "exchange.booking.taken");
        }
    }

    /** Writes an accepted booking now: the database's refusal of shared days (a race Java lost) is a conflict. */
    private void flushHoldingDates(ListingBooking booking) {
        try {
            bookings.saveAndFlush(booking);
        } catch (DataIntegrityViolationException e) {
            if (String.valueOf(e.getMessage()).contains("listing_booking_no_overlap")) {
                throw Refusal.conflict("exchange.booking.taken");
            }
            throw e;
        }
    }

    private Map<Long, String> names(Stream<ListingBooking> shown) {
        List<Long> ids = shown.map(ListingBooking::getBorrowerId).filter(id -> id != null).distinct().toList();
        return ids.isEmpty() ? Map.of() : residents.findAll(ids).values().stream()
                .collect(Collectors.toMap(ResidentView::id, ResidentView::displayName));
    }

    private static String name(ListingBooking b, Map<Long, String> names) {
        return b.getBorrowerId() == null ? b.getBorrowerName() : names.get(b.getBorrowerId());
    }

    private static BookingCalendar.Line line(ListingBooking b, String who, LocalDate today) {
        boolean cancellable = b.getStatus() == BookingStatus.REQUESTED
                || b.getStatus() == BookingStatus.ACCEPTED && today.isBefore(b.getStartsOn());
        return new BookingCalendar.Line(b.getId(), b.getStartsOn(), b.getEndsOn(), b.getStatus(), who,
                b.isLate(today), cancellable);
    }
}
