package org.voisinage.exchange;

import org.voisinage.common.PhotoUpload;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A listing as its author wrote it, the command to publish or change one: the kind-specific fields are read only for
 * their kind (and checked by {@link ListingRules}); {@code photos} are those to add, checked and re-encoded when
 * stored.
 */
public record ListingDraft(ListingDirection direction, ListingKind kind, ListingCategory category, String title,
        String description, String availability, LocalDate expiresOn, Integer radiusKm, String rideFrom,
        String rideTo, LocalDate rideDate, LocalTime rideTime, Integer rideSeats, List<DayOfWeek> rideWeekdays,
        ObjectCondition lendCondition, Integer lendDurationDays, String dealWhere, LocalDate dealUntil,
        List<PhotoUpload> photos, BigDecimal rentPrice, RentUnit rentUnit, BigDecimal rentDeposit) {

    public ListingDraft {
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    /** A draft of any kind but rent (no price). */
    public ListingDraft(ListingDirection direction, ListingKind kind, ListingCategory category, String title,
            String description, String availability, LocalDate expiresOn, Integer radiusKm, String rideFrom,
            String rideTo, LocalDate rideDate, LocalTime rideTime, Integer rideSeats, List<DayOfWeek> rideWeekdays,
            ObjectCondition lendCondition, Integer lendDurationDays, String dealWhere, LocalDate dealUntil,
            List<PhotoUpload> photos) {
        this(direction, kind, category, title, description, availability, expiresOn, radiusKm, rideFrom, rideTo,
                rideDate, rideTime, rideSeats, rideWeekdays, lendCondition, lendDurationDays, dealWhere, dealUntil,
                photos, null, null, null);
    }

    /** The ride's weekdays, each once, Monday first. */
    public List<DayOfWeek> weekdays() {
        return rideWeekdays == null ? List.of() : rideWeekdays.stream().distinct().sorted().toList();
    }

    /** The listing as it stands, the ride's departure on the site's wall clock; no photo to add. */
    static ListingDraft of(Listing l, ZoneId zone) {
        return new ListingDraft(l.getDirection(), l.getKind(), l.getCategory(), l.getTitle(), l.getDescription(),
                l.getAvailability(), l.getExpiresOn(), l.getRadiusKm(), l.getRideFrom(), l.getRideTo(),
                l.rideDate(zone), l.rideTime(zone), l.getRideSeats(), l.rideWeekdays(), l.getLendCondition(),
                l.getLendDurationDays(), l.getDealWhere(), l.getDealUntil(), List.of(), l.getRentPrice(),
                l.getRentUnit(), l.getRentDeposit());
    }
}
