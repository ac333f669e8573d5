package org.voisinage.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * What pages read of a listing: a copy, its ride's departure on the site's wall clock (the configured zone, no longer
 * a zone of its own), the kind's fields and the loan.
 */
class ListingViewTests {

    static final ZoneId MONTREAL = ZoneId.of("America/Montreal");

    /** A listing as stored: the database gives its id. */
    static Listing stored(long id) {
        Listing listing = new Listing(7, 3, ListingRulesTests.NOW.toInstant());
        ReflectionTestUtils.setField(listing, "id", id);
        return listing;
    }

    @Test
    void aRideIsShownAtTheWallClockTimeOfTheSitesZone() {
        Listing ride = stored(5);
        ride.apply(ListingRulesTests.ride(ListingRulesTests.TODAY.plusDays(1), LocalTime.of(8, 30), 2,
                List.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY)), ListingRulesTests.TODAY.plusDays(30), MONTREAL);

        ListingView view = ListingView.of(ride, MONTREAL, Optional.empty());

        assertThat(view.rideDeparture().getZone()).isEqualTo(MONTREAL);
        assertThat(view.rideDeparture().toLocalTime()).isEqualTo(LocalTime.of(8, 30));
        assertThat(view.rideDeparture().toLocalDate()).isEqualTo(ListingRulesTests.TODAY.plusDays(1));
        assertThat(view.rideWeekdays()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        assertThat(view.path()).isEqualTo("/echanges/5");
        assertThat(view.authorId()).isEqualTo(7);
        assertThat(view.neighbourhoodId()).isEqualTo(3);
        assertThat(view.lent()).isFalse();
        assertThat(view.hidden()).isFalse();
        // the edit form reads the same wall-clock time back
        assertThat(ListingDraft.of(ride, MONTREAL).rideTime()).isEqualTo(LocalTime.of(8, 30));
    }

    @Test
    void aLoanShowsWhoHasTheObjectUntilWhen() {
        Listing drill = stored(6);
        drill.apply(ListingRulesTests.lend(ObjectCondition.GOOD, 7), ListingRulesTests.TODAY.plusDays(30),
                ListingRulesTests.PARIS);

        ListingView view = ListingView.of(drill, ListingRulesTests.PARIS,
                Optional.of(new ListingView.Loan("Hugo", ListingRulesTests.TODAY.plusDays(5), false)));

        assertThat(view.lent()).isTrue();
        assertThat(view.lentTo()).isEqualTo("Hugo");
        assertThat(view.lentReturnOn()).isEqualTo(ListingRulesTests.TODAY.plusDays(5));
        assertThat(view.late()).isFalse();
        assertThat(view.loanFlagged()).isFalse();
        assertThat(view.rideDeparture()).isNull();
        assertThat(view.lendCondition()).isEqualTo(ObjectCondition.GOOD);
    }
}
