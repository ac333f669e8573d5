package org.voisinage.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.web.multipart.MultipartFile;
import org.voisinage.common.Refusal;

/** The rules across fields of a listing, as pure functions of the form and the time in Paris. */
class ListingRulesTests {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 21, 9, 0, 0, 0, PARIS);
    static final LocalDate TODAY = NOW.toLocalDate();

    static ListingDraft service() {
        return new ListingDraft(ListingDirection.OFFER, ListingKind.SERVICE, ListingCategory.DIY, "Montage de meubles",
                "Je monte vos meubles en kit.", "Le samedi", null, 0, "", "", null, null, null, List.of(), null, null,
                "", null, List.of());
    }

    static ListingDraft ride(LocalDate date, LocalTime time, Integer seats, List<DayOfWeek> days) {
        return new ListingDraft(ListingDirection.OFFER, ListingKind.RIDE_SHARE, ListingCategory.TRANSPORT, "Vers Lyon",
                "Trajet quotidien", "", null, 0, "Villeurbanne", "Lyon", date, time, seats, days, null, null, "",
                null, List.of());
    }

    static ListingDraft lend(ObjectCondition condition, Integer days) {
        return new ListingDraft(ListingDirection.OFFER, ListingKind.LEND, ListingCategory.TOOLS, "Perceuse", "Bosch", "",
                null, 0, "", "", null, null, null, List.of(), condition, days, "", null, List.of());
    }

    static ListingDraft deal(String where, LocalDate until) {
        return new ListingDraft(ListingDirection.OFFER, ListingKind.GOOD_DEAL, ListingCategory.COOKING, "Légumes",
                "Bradés", "", null, 0, "", "", null, null, null, List.of(), null, null, where, until, List.of());
    }

    static List<String> codes(ListingDraft form) {
        return ListingRules.check(form, NOW, 0).stream().map(r -> r.field() + ":" + r.code()).toList();
    }

    @Test
    void aPlainServiceExpiresIn30DaysByDefaultAndAtMost90DaysAhead() {
        assertThat(codes(service())).isEmpty();
        assertThat(ListingRules.expiry(service(), TODAY)).isEqualTo(TODAY.plusDays(30));
        ListingDraft in90 = withExpiry(service(), TODAY.plusDays(90));
        assertThat(codes(in90)).isEmpty();
        assertThat(ListingRules.expiry(in90, TODAY)).isEqualTo(TODAY.plusDays(90));
        assertThat(codes(withExpiry(service(), TODAY.plusDays(91)))).containsExactly("expiresOn:exchange.expiresOn.tooFar");
        assertThat(codes(withExpiry(service(), TODAY))).containsExactly("expiresOn:exchange.expiresOn.past");
    }

    @Test
    void onlyTheOfferedRadiiAreTaken() {
        for (int km : new int[] {0, 1, 3, 10}) {
            assertThat(codes(withRadius(service(), km))).isEmpty();
        }
        assertThat(codes(withRadius(service(), 5))).containsExactly("radiusKm:exchange.radius.invalid");
        assertThat(codes(withRadius(service(), -1))).containsExactly("radiusKm:exchange.radius.invalid");
    }

    @Test
    void aRideShareNeedsItsPlacesSeatsAndADepartureAheadInParisTime() {
        assertThat(codes(ride(TODAY, LocalTime.of(9, 30), 2, List.of()))).isEmpty();
        // 8:59 Paris is in the past at 9:00 Paris, whatever the server's zone
        assertThat(codes(ride(TODAY, LocalTime.of(8, 59), 2, List.of()))).containsExactly("rideDate:exchange.ride.date.past");
        assertThat(codes(ride(TODAY.minusDays(1), LocalTime.of(18, 0), 2, List.of(DayOfWeek.MONDAY))))
                .containsExactly("rideDate:exchange.ride.date.past");
        assertThat(codes(ride(null, null, null, List.of()))).containsExactlyInAnyOrder("rideSeats:exchange.ride.seats.range",
                "rideDate:exchange.ride.date.required", "rideTime:exchange.ride.time.required");
        ListingDraft nowhere = new ListingDraft(ListingDirection.OFFER, ListingKind.RIDE_SHARE, ListingCategory.TRANSPORT,
                "t", "d", "", null, 0, " ", null, TODAY.plusDays(1), LocalTime.NOON, 1, null, null, null, "", null, null);
        assertThat(codes(nowhere)).containsExactlyInAnyOrder("rideFrom:exchange.ride.from.required", "rideTo:exchange.ride.to.required");
        assertThat(ride(TODAY, LocalTime.NOON, 1, List.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY, DayOfWeek.FRIDAY)).weekdays())
                .containsExactly(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    }

    @Test
    void aLoanNeedsTheObjectsConditionAndADuration() {
        assertThat(codes(lend(ObjectCondition.GOOD, 7))).isEmpty();
        assertThat(codes(lend(null, null))).containsExactlyInAnyOrder("lendCondition:exchange.lend.condition.required",
                "lendDurationDays:exchange.lend.duration.required");
    }

    @Test
    void aGoodDealSaysWhereAndUntilWhenNotInThePast() {
        assertThat(codes(deal("Marché", TODAY))).isEmpty();
        assertThat(codes(deal("", TODAY.minusDays(1)))).containsExactlyInAnyOrder("dealWhere:exchange.deal.where.required",
                "dealUntil:exchange.deal.until.past");
        assertThat(codes(deal("Marché", null))).containsExactly("dealUntil:exchange.deal.until.required");
    }

    @Test
    void fourPhotosAtMostCountingThoseKept() {
        MultipartFile photo = new MockMultipartFile("photos", "a.jpg", "image/jpeg", new byte[] {1});
        MultipartFile empty = new MockMultipartFile("photos", "", "application/octet-stream", new byte[0]);
        ListingDraft two = withPhotos(ListingForm.of(service()), List.of(photo, photo, empty)).toDraft();
        assertThat(two.photos()).hasSize(2);
        assertThat(ListingRules.check(two, NOW, 2)).isEmpty();
        assertThat(ListingRules.check(two, NOW, 3)).extracting(Refusal::field, Refusal::code)
                .containsExactly(tuple("photos", "exchange.photos.tooMany"));
    }

    @Test
    void fieldsOfAnotherKindAreNotKeptOnTheListing() {
        ListingDraft serviceWithRideFields = new ListingDraft(ListingDirection.OFFER, ListingKind.SERVICE, ListingCategory.DIY,
                "t", "d", "", null, 0, "Ici", "Là", TODAY.plusDays(1), LocalTime.NOON, 3, List.of(DayOfWeek.MONDAY),
                ObjectCondition.NEW, 3, "Marché", TODAY, List.of());
        assertThat(codes(serviceWithRideFields)).isEmpty();
        Listing listing = new Listing(1, 1, NOW.toInstant());
        listing.apply(serviceWithRideFields, TODAY.plusDays(30), PARIS);
        assertThat(listing.getRideFrom()).isNull();
        assertThat(listing.rideDepartureLocal(PARIS)).isNull();
        assertThat(listing.getLendCondition()).isNull();
        assertThat(listing.getDealWhere()).isNull();
        assertThat(listing.isLive(TODAY)).isTrue();
        assertThat(listing.isLive(TODAY.plusDays(31))).isFalse();
        listing.hide("spam", NOW.toInstant());
        assertThat(listing.isLive(TODAY)).isFalse();
    }

    static ListingDraft withExpiry(ListingDraft f, LocalDate expiresOn) {
        return new ListingDraft(f.direction(), f.kind(), f.category(), f.title(), f.description(), f.availability(),
                expiresOn, f.radiusKm(), f.rideFrom(), f.rideTo(), f.rideDate(), f.rideTime(), f.rideSeats(),
                f.rideWeekdays(), f.lendCondition(), f.lendDurationDays(), f.dealWhere(), f.dealUntil(), f.photos());
    }

    static ListingDraft withRadius(ListingDraft f, int km) {
        return new ListingDraft(f.direction(), f.kind(), f.category(), f.title(), f.description(), f.availability(),
                f.expiresOn(), km, f.rideFrom(), f.rideTo(), f.rideDate(), f.rideTime(), f.rideSeats(),
                f.rideWeekdays(), f.lendCondition(), f.lendDurationDays(), f.dealWhere(), f.dealUntil(), f.photos());
    }

    static ListingForm withPhotos(ListingForm f, List<MultipartFile> photos) {
        return new ListingForm(f.direction(), f.kind(), f.category(), f.title(), f.description(), f.availability(),
                f.expiresOn(), f.radiusKm(), f.rideFrom(), f.rideTo(), f.rideDate(), f.rideTime(), f.rideSeats(),
                f.rideWeekdays(), f.lendCondition(), f.lendDurationDays(), f.dealWhere(), f.dealUntil(), photos,
                f.rentPrice(), f.rentUnit(), f.rentDeposit());
    }

    static ListingDraft titled(ListingDraft f, String title, String description) {
        return new ListingDraft(f.direction(), f.kind(), f.category(), title, description, f.availability(),
                f.expiresOn(), f.radiusKm(), f.rideFrom(), f.rideTo(), f.rideDate(), f.rideTime(), f.rideSeats(),
                f.rideWeekdays(), f.lendCondition(), f.lendDurationDays(), f.dealWhere(), f.dealUntil(), f.photos());
    }
}
