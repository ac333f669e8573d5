package org.voisinage.exchange;

import org.voisinage.common.PhotoUpload;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * A listing as its author types it: bound and validated field by field here, then handed on as a
 * {@link ListingDraft} (the rules across fields are {@link ListingRules}'); photos are optional, four at most.
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
        List<MultipartFile> photos,
        @DecimalMin(value = "0", message = "{exchange.rent.amount.negative}") @Digits(integer = 7, fraction = 2, message = "{exchange.rent.amount.format}") BigDecimal rentPrice,
        RentUnit rentUnit,
        @DecimalMin(value = "0", message = "{exchange.rent.amount.negative}") @Digits(integer = 7, fraction = 2, message = "{exchange.rent.amount.format}") BigDecimal rentDeposit) {

    public static ListingForm empty(ListingKind kind) {
        return new ListingForm(ListingDirection.OFFER, kind, null, "", "", "", null, 0, "", "", null, null, null,
                List.of(), null, null, "", null, null, null, null, null);
    }

    /** The command this form asks for, with the uploads actually chosen (a form without a file sends one empty part). */
    ListingDraft toDraft() {
        List<PhotoUpload> chosen = photos == null ? List.of() : photos.stream().filter(p -> p != null && !p.isEmpty())
                .map(p -> new PhotoUpload(p.getSize(), p::getInputStream)).toList();
        return new ListingDraft(direction, kind, category, title, description, availability, expiresOn, radiusKm,
                rideFrom, rideTo, rideDate, rideTime, rideSeats, rideWeekdays, lendCondition, lendDurationDays,
                dealWhere, dealUntil, chosen, rentPrice, rentUnit, rentDeposit);
    }

    /** The edit form of a listing as it stands. */
    static ListingForm of(ListingDraft d) {
        return new ListingForm(d.direction(), d.kind(), d.category(), d.title(), d.description(), d.availability(),
                d.expiresOn(), d.radiusKm(), d.rideFrom(), d.rideTo(), d.rideDate(), d.rideTime(), d.rideSeats(),
                d.rideWeekdays(), d.lendCondition(), d.lendDurationDays(), d.dealWhere(), d.dealUntil(), null,
                d.rentPrice(), d.rentUnit(), d.rentDeposit());
    }
}
