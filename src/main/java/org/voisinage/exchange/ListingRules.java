package org.voisinage.exchange;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.voisinage.common.Refusal;

/**
 * The rules a bean annotation cannot state: dates relative to today (in the site's zone), the fields each kind
 * requires, the radius choices, the number of photos. Pure functions of the draft and the time, so unit-tested alone.
 */
final class ListingRules {

    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 90;
    static final int MAX_PHOTOS = 4;
    static final Set<Integer> RADII = Set.of(0, 1, 3, 10);

    private ListingRules() {}

    /** The expiry to keep: the one typed, or {@value #DEFAULT_DAYS} days from today. */
    static LocalDate expiry(ListingDraft form, LocalDate today) {
        return form.expiresOn() == null ? today.plusDays(DEFAULT_DAYS) : form.expiresOn();
    }

    /**
     * @param photosKept photos already on the listing that stay (0 when publishing)
     * @return every refusal, none when the form may be saved
     */
    static List<Refusal> check(ListingDraft form, ZonedDateTime now, int photosKept) {
        List<Refusal> refusals = new ArrayList<>();
        LocalDate today = now.toLocalDate();
        if (form.expiresOn() != null) {
            if (!form.expiresOn().isAfter(today)) {
                refusals.add(Refusal.invalid("expiresOn", "exchange.expiresOn.past"));
            } else if (form.expiresOn().isAfter(today.plusDays(MAX_DAYS))) {
                refusals.add(Refusal.invalid("expiresOn", "exchange.expiresOn.tooFar"));
            }
        }
        if (form.radiusKm() != null && !RADII.contains(form.radiusKm())) {
            refusals.add(Refusal.invalid("radiusKm", "exchange.radius.invalid"));
        }
        if (photosKept + form.photos().size() > MAX_PHOTOS) {
            refusals.add(Refusal.invalid("photos", "exchange.photos.tooMany"));
        }
        if (form.kind() == null) {
            return refusals;
        }
        switch (form.kind()) {
            case RIDE_SHARE -> ride(form, now, refusals);
            case LEND -> {
                if (form.lendCondition() == null) {
                    refusals.add(Refusal.invalid("lendCondition", "exchange.lend.condition.required"));
                }
                if (form.lendDurationDays() == null) {
                    refusals.add(Refusal.invalid("lendDurationDays", "exchange.lend.duration.required"));
                }
            }
            case RENT -> {
                if (form.rentPrice() == null) {
                    refusals.add(Refusal.invalid("rentPrice", "exchange.rent.price.required"));
                }
                if (form.rentUnit() == null) {
                    refusals.add(Refusal.invalid("rentUnit", "exchange.rent.unit.required"));
                }
            }
            case GOOD_DEAL -> {
                if (blank(form.dealWhere())) {
                    refusals.add(Refusal.invalid("dealWhere", "exchange.deal.where.required"));
                }
                if (form.dealUntil() == null) {
                    refusals.add(Refusal.invalid("dealUntil", "exchange.deal.until.required"));
                } else if (form.dealUntil().isBefore(today)) {
                    refusals.add(Refusal.invalid("dealUntil", "exchange.deal.until.past"));
                }
            }
            default -> { }
        }
        return refusals;
    }

    private static void ride(ListingDraft form, ZonedDateTime now, List<Refusal> refusals) {
        if (blank(form.rideFrom())) {
            refusals.add(Refusal.invalid("rideFrom", "exchange.ride.from.required"));
        }
        if (blank(form.rideTo())) {
            refusals.add(Refusal.invalid("rideTo", "exchange.ride.to.required"));
        }
        if (form.rideSeats() == null) {
            refusals.add(Refusal.invalid("rideSeats", "exchange.ride.seats.range"));
        }
        if (form.rideDate() == null) {
            refusals.add(Refusal.invalid("rideDate", "exchange.ride.date.required"));
        }
        if (form.rideTime() == null) {
            refusals.add(Refusal.invalid("rideTime", "exchange.ride.time.required"));
        }
        if (form.rideDate() != null && form.rideTime() != null
                && !departure(form, now.getZone()).isAfter(now)) {
            refusals.add(Refusal.invalid("rideDate", "exchange.ride.date.past"));
        }
    }

    /** The first departure, a wall-clock time where the ride happens. */
    static ZonedDateTime departure(ListingDraft form, ZoneId zone) {
        return form.rideDate().atTime(form.rideTime()).atZone(zone);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
