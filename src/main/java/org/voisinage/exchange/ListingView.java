package org.voisinage.exchange;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A listing as pages read it, a copy that changes nothing: the ride's departure on the site's wall clock, the
 * hidden reason (shown to its author only by the page).
 *
 * @param lent the object is out on a loan ({@code lentTo} has it until {@code lentReturnOn})
 */
public record ListingView(long id, long authorId, long neighbourhoodId, ListingDirection direction, ListingKind kind,
        ListingCategory category, String title, String description, String availability, int radiusKm,
        LocalDate expiresOn, String rideFrom, String rideTo, ZonedDateTime rideDeparture, Integer rideSeats,
        List<DayOfWeek> rideWeekdays, ObjectCondition lendCondition, Integer lendDurationDays, boolean lent,
        String lentTo, LocalDate lentReturnOn, String dealWhere, LocalDate dealUntil, boolean hidden,
        String hiddenReason, boolean loanFlagged) {

    static ListingView of(Listing l, ZoneId zone) {
        return new ListingView(l.getId(), l.getAuthorId(), l.getNeighbourhoodId(), l.getDirection(), l.getKind(),
                l.getCategory(), l.getTitle(), l.getDescription(), l.getAvailability(), l.getRadiusKm(),
                l.getExpiresOn(), l.getRideFrom(), l.getRideTo(), l.rideDepartureLocal(zone), l.getRideSeats(),
                l.rideWeekdays(), l.getLendCondition(), l.getLendDurationDays(), l.isLent(), l.getLentTo(),
                l.getLentReturnOn(), l.getDealWhere(), l.getDealUntil(), l.isHidden(), l.getHiddenReason(),
                l.isLoanFlagged());
    }

    public String path() {
        return "/echanges/" + id;
    }
}
