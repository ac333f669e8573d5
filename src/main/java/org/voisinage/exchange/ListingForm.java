package org.voisinage.exchange;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * A listing as its author types it. The kind-specific fields are read only for their kind (and checked by
 * {@link ListingRules}); photos are optional, four at most, checked and re-encoded when stored.
 */
public record ListingForm(
        @NotNull(message = "{exchange.direction.required}") ListingDirection direction,
        @NotNull(message = "{exchange.kind.required}") ListingKind kind,
        @NotNull(message = "{exchange.category.required}") ListingCategory category,
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.tooLong}") String title,
        @NotBlank(message = "{validation.required}") @Size(max = 5000, message = "{validation.tooLong}") String description,
        @Size(max = 300, message = "{validation.tooLong}") String availability,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
        Integer radiusKm,
        @Size(max = 120, message = "{validation.tooLong}") String rideFrom,
        @Size(max = 120, message = "{validation.tooLong}") String rideTo,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate rideDate,
        @DateTimeFormat(pattern = "HH:mm") LocalTime rideTime,
        @Min(value = 1, message = "{exchange.ride.seats.range}") @Max(value = 8, message = "{exchange.ride.seats.range}") Integer rideSeats,
        List<DayOfWeek> rideWeekdays,
        ObjectCondition lendCondition,
        @Min(value = 1, message = "{exchange.lend.duration.range}") @Max(value = 365, message = "{exchange.lend.duration.range}") Integer lendDurationDays,
        @Size(max = 200, message = "{validation.tooLong}") String dealWhere,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dealUntil,
        List<MultipartFile> photos) {

    public static ListingForm empty(ListingKind kind) {
        return new ListingForm(ListingDirection.OFFER, kind, null, "", "", "", null, 0, "", "", null, null, null,
                List.of(), null, null, "", null, null);
    }

    /** The uploads actually chosen (a form without a file sends one empty part). */
    public List<MultipartFile> chosenPhotos() {
        return photos == null ? List.of() : photos.stream().filter(p -> p != null && !p.isEmpty()).toList();
    }

    public List<DayOfWeek> weekdays() {
        return rideWeekdays == null ? List.of() : rideWeekdays.stream().distinct().sorted().toList();
    }

    static ListingForm of(Listing l, ZoneId zone) {
        return new ListingForm(l.getDirection(), l.getKind(), l.getCategory(), l.getTitle(), l.getDescription(),
                l.getAvailability(), l.getExpiresOn(), l.getRadiusKm(), l.getRideFrom(), l.getRideTo(),
                l.rideDate(zone), l.rideTime(zone), l.getRideSeats(), l.rideWeekdays(), l.getLendCondition(),
                l.getLendDurationDays(), l.getDealWhere(), l.getDealUntil(), null);
    }
}
