package org.voisinage.exchange;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A listing as pages read it, a copy that changes nothing: the ride's departure on the site's wall clock, the
 * hidden reason (shown to its author only by the page).
 *
 * @param lent the object is out on a loan ({@code lentTo} has it until {@code lentReturnOn}; {@code late} when that
 *        day has passed)
 * @param loanFlagged out when its owner left the cooperative
 */
public record ListingView(long id, long authorId, long neighbourhoodId, ListingDirection direction, ListingKind kind,
        ListingCategory category, String title, String description, String availability, int radiusKm,
        LocalDate expiresOn, String rideFrom, String rideTo, ZonedDateTime rideDeparture, Integer rideSeats,
        List<DayOfWeek> rideWeekdays, ObjectCondition lendCondition, Integer lendDurationDays, boolean lent,
        String lentTo, LocalDate lentReturnOn, boolean late, String dealWhere, LocalDate dealUntil, boolean hidden,
        String hiddenReason, boolean loanFlagged, BigDecimal rentPrice, RentUnit rentUnit, BigDecimal rentDeposit) {

    /** The loan out today: who has it, until when, whether late. */
    public record Loan(String borrower, LocalDate returnOn, boolean late) {}

    static ListingView of(Listing l, ZoneId zone, Optional<Loan> loan) {
        return new ListingView(l.getId(), l.getAuthorId(), l.getNeighbourhoodId(), l.getDirection(), l.getKind(),
                l.getCategory(), l.getTitle(), l.getDescription(), l.getAvailability(), l.getRadiusKm(),
                l.getExpiresOn(), l.getRideFrom(), l.getRideTo(), l.rideDepartureLocal(zone), l.getRideSeats(),
                l.rideWeekdays(), l.getLendCondition(), l.getLendDurationDays(), loan.isPresent(),
                loan.map(Loan::borrower).orElse(null), loan.map(Loan::returnOn).orElse(null),
                loan.map(Loan::late).orElse(false), l.getDealWhere(), l.getDealUntil(), l.isHidden(),
                l.getHiddenReason(), loan.isPresent() && l.getOwnerLeftAt() != null, l.getRentPrice(),
                l.getRentUnit(), l.getRentDeposit());
    }

    public String path() {
        return "/echanges/" + id;
    }
}
