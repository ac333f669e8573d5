package org.voisinage.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.voisinage.exchange.BookingNotices.Notice.LATE;
import static org.voisinage.exchange.BookingNotices.Notice.PICKUP;
import static org.voisinage.exchange.BookingNotices.Notice.RETURN;
import static org.voisinage.exchange.ListingRulesTests.lend;
import static org.voisinage.exchange.ListingRulesTests.titled;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.voisinage.account.Residents;
import org.voisinage.common.SiteClock;
import org.voisinage.common.SiteProperties;
import org.voisinage.exchange.internal.ExtendLinks;
import org.voisinage.notification.Outbox;
import org.voisinage.support.MailTestSupport;
import org.voisinage.support.TestData;

/**
 * The daily job's messages for bookings: the day before pick-up and before return, late returns once; run on a fixed
 * clock late in the evening, when the site's day (Paris) is already the next one.
 */
class BookingRemindersTests extends MailTestSupport {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final LocalDate DAY = LocalDate.of(2031, 3, 10);

    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired ListingPublishing publishing;
    @Autowired ListingRepository listings;
    @Autowired ListingBookingRepository bookingRows;
    @Autowired Residents residents;
    @Autowired Outbox outbox;
    @Autowired ExtendLinks links;
    @Autowired SiteProperties site;
    @Autowired ExchangeProperties settings;
    @Autowired BookingNotices notices;
    @Autowired TransactionTemplate transactions;

    ExchangeFixtures f;
    long borrower;
    long booking;

    @BeforeEach
    void aDrillBookedFromThe12thToThe14th() {
        f = ExchangeFixtures.create(data, jdbc);
        borrower = f.resident(f.home());
        long drill = publishing.publish(f.homeResident(), titled(lend(ObjectCondition.GOOD, 7), "Perceuse", "d"));
        booking = jdbc.queryForObject("""
                insert into listing_booking (listing_id, borrower_id, starts_on, ends_on, status, created_at)
                values (?, ?, ?, ?, 'ACCEPTED', now()) returning id""", Long.class, drill, borrower, DAY.plusDays(2),
                DAY.plusDays(4));
    }

    /** The job as it runs at this instant, the site's day taken in Paris. */
    int runAt(Instant instant) {
        SiteClock clock = SiteClock.of(Clock.fixed(instant, ZoneOffset.UTC), PARIS);
        ListingReminders job = new ListingReminders(listings, residents, outbox, links, clock, site, settings,
                bookingRows, notices);
        return transactions.execute(status -> job.sendBookingReminders());
    }

    int emailsAbout(String what) {
        return jdbc.queryForObject("select count(*) from outbox_email where message_id like ?", Integer.class,
                "%booking-" + booking + "-" + what + "%");
    }

    // other tests' bookings are in the database too: only this one's messages are counted
    @Test
    void bothHearOfPickUpAndReturnTheDayBeforeAndOfALateReturnOnceEach() {
        // 10 March, 22:30 UTC: still the 10th in Paris; 23:30 UTC: already the 11th, the day before pick-up
        runAt(DAY.atTime(22, 30).toInstant(ZoneOffset.UTC));
        assertThat(emailsAbout("")).isZero();
        runAt(DAY.atTime(23, 30).toInstant(ZoneOffset.UTC));
        runAt(DAY.atTime(23, 45).toInstant(ZoneOffset.UTC));
        assertThat(emailsAbout("pickup")).isEqualTo(2);
        assertThat(emailsAbout("")).isEqualTo(2);
        assertThat(outbox.latestTo(data.emailOf(borrower)).orElseThrow().textBody())
                .contains("Perceuse", "12/03/2031", "14/03/2031");

        // the 13th in Paris: the day before return
        runAt(DAY.plusDays(3).atTime(7, 30).toInstant(ZoneOffset.UTC));
        runAt(DAY.plusDays(3).atTime(8, 30).toInstant(ZoneOffset.UTC));
        assertThat(emailsAbout("return")).isEqualTo(2);

        // the 15th: not back, flagged late to both, once
        runAt(DAY.plusDays(5).atTime(7, 30).toInstant(ZoneOffset.UTC));
        runAt(DAY.plusDays(6).atTime(7, 30).toInstant(ZoneOffset.UTC));
        assertThat(emailsAbout("late")).isEqualTo(2);
        assertThat(emailsAbout("")).isEqualTo(6);
        assertThat(jdbc.queryForObject("""
                select count(*) from notification n join topic_activity a on a.id = n.activity_id
                where a.topic_type = 'listing-booking' and a.topic_id = ? and a.kind = 'booking-late'""", Integer.class,
                booking)).isEqualTo(2);
    }

    @Test
    void aBorrowerWhoMayNoLongerSeeTheListingHearsNothing() {
        jdbc.update("update resident set neighbourhood_id = ? where id = ?", f.remote(), borrower);
        runAt(DAY.plusDays(1).atTime(8, 0).toInstant(ZoneOffset.UTC));
        assertThat(emailsAbout("pickup")).isEqualTo(1);
        assertThat(emailsAbout("pickup-" + f.homeResident() + "@")).isEqualTo(1);
    }

    @Test
    void whatIsDueDependsOnTheDayAndTheMarkers() {
        ListingBooking b = bookingRows.findById(booking).orElseThrow();
        assertThat(BookingReminders.due(b, DAY)).isEmpty();
        assertThat(BookingReminders.due(b, DAY.plusDays(1))).containsExactly(PICKUP);
        assertThat(BookingReminders.due(b, DAY.plusDays(2))).isEmpty();
        assertThat(BookingReminders.due(b, DAY.plusDays(3))).containsExactly(RETURN);
        assertThat(BookingReminders.due(b, DAY.plusDays(4))).containsExactly(RETURN);
        assertThat(BookingReminders.due(b, DAY.plusDays(5))).containsExactly(LATE);
        b.returned(DAY.plusDays(5), Instant.EPOCH);
        assertThat(BookingReminders.due(b, DAY.plusDays(5))).isEqualTo(List.of());
    }
}
