package org.voisinage.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.voisinage.exchange.ListingRulesTests.lend;
import static org.voisinage.exchange.ListingRulesTests.titled;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;
import org.voisinage.common.SiteClock;
import org.voisinage.support.TestData;

/**
 * The reservation calendar of an object to lend: a neighbour asks, the owner accepts or declines (both told in-app
 * and by email), the asker cancels; shared days refused by the database itself; bad dates come back on the page.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class ListingBookingTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired ListingPublishing publishing;
    @Autowired ListingBookings bookings;
    @Autowired SiteClock clock;

    ExchangeFixtures f;
    long owner;
    long neighbour;
    long drill;
    LocalDate today;

    @BeforeEach
    void aDrillToLend() {
        f = ExchangeFixtures.create(data, jdbc);
        owner = f.homeResident();
        neighbour = f.resident(f.home());
        drill = publishing.publish(owner, titled(lend(ObjectCondition.GOOD, 7), "Perceuse", "Bosch"));
        today = clock.today();
    }

    MockHttpServletRequestBuilder ask(long asker, LocalDate from, LocalDate to) {
        return post("/echanges/" + drill + "/reservations").with(user(data.user(asker))).with(csrf())
                .param("startsOn", from == null ? "" : from.toString()).param("endsOn", to == null ? "" : to.toString());
    }

    long bookingOf(long asker) {
        return jdbc.queryForObject("select id from listing_booking where listing_id = ? and borrower_id = ?", Long.class,
                drill, asker);
    }

    String stateOf(long booking) {
        return jdbc.queryForObject("select status from listing_booking where id = ?", String.class, booking);
    }

    int notifications(long resident, String messageKey) {
        return jdbc.queryForObject("""
                select count(*) from notification n join topic_activity a on a.id = n.activity_id
                where n.resident_id = ? and a.message_key = ?""", Integer.class, resident, messageKey);
    }

    int emails(long resident, String messageIdPart) {
        return jdbc.queryForObject("select count(*) from outbox_email where recipient = ? and message_id like ?",
                Integer.class, data.emailOf(resident), "%" + messageIdPart + "%");
    }

    @Test
    void aNeighbourAsksTheOwnerAcceptsAndBothAreTold() throws Exception {
        mvc.perform(ask(neighbour, today.plusDays(2), today.plusDays(4)))
                .andExpect(redirectedUrl("/echanges/" + drill))
                .andExpect(flash().attribute("success", "exchange.booking.requested"));
        long booking = bookingOf(neighbour);
        assertThat(stateOf(booking)).isEqualTo("REQUESTED");
        assertThat(notifications(owner, "exchange.booking.notice.requested.owner")).isEqualTo(1);
        assertThat(emails(owner, "booking-" + booking + "-requested-")).isEqualTo(1);

        // the owner sees the request on the listing, with the asker's name, and accepts it
        mvc.perform(get("/echanges/" + drill).with(user(data.user(owner))))
                .andExpect(content().string(containsString("Demandes à traiter")))
                .andExpect(content().string(containsString("/echanges/reservations/" + booking + "/accepter")));
        mvc.perform(post("/echanges/reservations/" + booking + "/accepter").with(user(data.user(owner))).with(csrf()))
                .andExpect(redirectedUrl("/echanges/" + drill))
                .andExpect(flash().attribute("success", "exchange.booking.accepted"));
        assertThat(stateOf(booking)).isEqualTo("ACCEPTED");
        assertThat(notifications(neighbour, "exchange.booking.notice.accepted.borrower")).isEqualTo(1);
        assertThat(emails(neighbour, "booking-" + booking + "-accepted-")).isEqualTo(1);

        // another neighbour sees the days taken, not who took them, and cannot ask for them
        long third = f.resident(f.home());
        String thirdName = jdbc.queryForObject("select display_name from resident where id = ?", String.class, neighbour);
        mvc.perform(get("/echanges/" + drill).with(user(data.user(third))))
                .andExpect(content().string(containsString("Dates prises")))
                .andExpect(content().string(not(containsString(thirdName))));
        mvc.perform(ask(third, today.plusDays(4), today.plusDays(6)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ces dates sont déjà prises")));
        // a second accept changes nothing
        mvc.perform(post("/echanges/reservations/" + booking + "/accepter").with(user(data.user(owner))).with(csrf()))
                .andExpect(flash().attribute("error", "exchange.booking.notPending"));
    }

    @Test
    void twoAcceptedBookingsSharingADayAreRefusedByTheDatabaseItself() {
        String insert = """
                insert into listing_booking (listing_id, borrower_id, starts_on, ends_on, status, created_at)
                values (?, ?, ?, ?, 'ACCEPTED', now())""";
        jdbc.update(insert, drill, neighbour, today.plusDays(1), today.plusDays(3));
        assertThatThrownBy(() -> jdbc.update(insert, drill, owner, today.plusDays(3), today.plusDays(5)))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("listing_booking_no_overlap");
        // the next day is free; requests and other objects never collide
        jdbc.update(insert, drill, owner, today.plusDays(4), today.plusDays(5));
        jdbc.update(insert.replace("'ACCEPTED'", "'REQUESTED'"), drill, owner, today.plusDays(1), today.plusDays(5));
        long saw = publishing.publish(owner, titled(lend(ObjectCondition.GOOD, 7), "Scie", "d"));
        jdbc.update(insert, saw, neighbour, today.plusDays(1), today.plusDays(3));
        // and a last day before the first is refused too
        assertThatThrownBy(() -> jdbc.update(insert, saw, neighbour, today.plusDays(9), today.plusDays(8)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void acceptingARequestWhoseDaysWereGivenMeanwhileIsAConflict() throws Exception {
        long other = f.resident(f.home());
        mvc.perform(ask(neighbour, today.plusDays(2), today.plusDays(4))).andExpect(status().is3xxRedirection());
        mvc.perform(ask(other, today.plusDays(3), today.plusDays(6))).andExpect(status().is3xxRedirection());
        bookings.accept(bookingOf(neighbour), owner);
        assertThatThrownBy(() -> bookings.accept(bookingOf(other), owner))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT);
                    assertThat(r.code()).isEqualTo("exchange.booking.taken");
                });
        mvc.perform(post("/echanges/reservations/" + bookingOf(other) + "/accepter").with(user(data.user(owner)))
                        .with(csrf()))
                .andExpect(redirectedUrl("/echanges/" + drill))
                .andExpect(flash().attribute("error", "exchange.booking.taken"));
        assertThat(stateOf(bookingOf(other))).isEqualTo("REQUESTED");
        // declined, the asker is told
        mvc.perform(post("/echanges/reservations/" + bookingOf(other) + "/refuser").with(user(data.user(owner)))
                        .with(csrf()))
                .andExpect(flash().attribute("success", "exchange.booking.declined"));
        assertThat(stateOf(bookingOf(other))).isEqualTo("DECLINED");
        assertThat(notifications(other, "exchange.booking.notice.declined.borrower")).isEqualTo(1);
    }

    @Test
    void badDatesComeBackOnThePageWithWhatWasTyped() throws Exception {
        mvc.perform(ask(neighbour, today.minusDays(1), today.plusDays(2)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce jour est déjà passé")))
                .andExpect(content().string(containsString("value=\"" + today.plusDays(2) + "\"")));
        mvc.perform(ask(neighbour, today.plusDays(5), today.plusDays(3)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le dernier jour est avant le premier")))
                .andExpect(content().string(containsString("value=\"" + today.plusDays(5) + "\"")));
        mvc.perform(ask(neighbour, null, today.plusDays(3)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indiquez le premier jour")));
        mvc.perform(ask(neighbour, today.plusDays(1), today.plusDays(100)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("60 jours au plus")));
        mvc.perform(post("/echanges/" + drill + "/reservations").with(user(data.user(neighbour))).with(csrf())
                        .param("startsOn", "31/02/2026").param("endsOn", "demain"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("pas au bon format")));
        assertThat(jdbc.queryForObject("select count(*) from listing_booking where listing_id = ?", Integer.class,
                drill)).isZero();
    }

    @Test
    void theOwnerCannotBookTheirOwnObjectNorAStrangerSeeIt() throws Exception {
        mvc.perform(ask(owner, today.plusDays(1), today.plusDays(2)))
                .andExpect(redirectedUrl("/echanges/" + drill))
                .andExpect(flash().attribute("error", "exchange.booking.own"));
        assertThatThrownBy(() -> bookings.request(drill, owner, today.plusDays(1), today.plusDays(2)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
        // someone of a neighbourhood the listing does not reach: as if it did not exist
        mvc.perform(ask(f.remoteResident(), today.plusDays(1), today.plusDays(2))).andExpect(status().isNotFound());
        // not verified: refused
        long pending = data.resident("RESIDENT", "PENDING", f.home(), null);
        assertThatThrownBy(() -> bookings.request(drill, pending, today.plusDays(1), today.plusDays(2)))
                .isInstanceOf(RuntimeException.class);
        // a service is not booked
        long service = publishing.publish(owner, ListingRulesTests.service());
        assertThatThrownBy(() -> bookings.request(service, neighbour, today.plusDays(1), today.plusDays(2)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("exchange.booking.notBookable"));
        assertThat(jdbc.queryForObject("select count(*) from listing_booking where listing_id in (?, ?)",
                Integer.class, drill, service)).isZero();
    }

    @Test
    void onlyTheAskerCancelsAndOnlyTheOwnerDecides() throws Exception {
        mvc.perform(ask(neighbour, today.plusDays(2), today.plusDays(3))).andExpect(status().is3xxRedirection());
        long booking = bookingOf(neighbour);
        long other = f.resident(f.home());
        mvc.perform(post("/echanges/reservations/" + booking + "/accepter").with(user(data.user(other))).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/echanges/reservations/" + booking + "/accepter").with(user(data.user(f.remoteResident())))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/echanges/reservations/" + booking + "/annuler").with(user(data.user(other))).with(csrf()))
                .andExpect(status().isNotFound());
        assertThatThrownBy(() -> bookings.cancel(booking, owner)).isInstanceOf(NotFoundException.class);
        mvc.perform(post("/echanges/reservations/" + booking + "/annuler").with(user(data.user(neighbour))).with(csrf()))
                .andExpect(flash().attribute("success", "exchange.booking.cancelled"));
        assertThat(stateOf(booking)).isEqualTo("CANCELLED");
        assertThat(notifications(owner, "exchange.booking.notice.cancelled.owner")).isEqualTo(1);
        mvc.perform(post("/echanges/reservations/987654321/annuler").with(user(data.user(neighbour))).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aLoanRecordedByTheOwnerIsABookingThatHoldsItsDays() throws Exception {
        mvc.perform(ask(neighbour, today.plusDays(3), today.plusDays(4))).andExpect(status().is3xxRedirection());
        bookings.accept(bookingOf(neighbour), owner);
        mvc.perform(post("/echanges/" + drill + "/pret").with(user(data.user(owner))).with(csrf())
                        .param("lentTo", "Hugo").param("returnOn", today.plusDays(5).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ces dates sont déjà prises")))
                .andExpect(content().string(containsString("value=\"Hugo\"")));
        mvc.perform(post("/echanges/" + drill + "/pret").with(user(data.user(owner))).with(csrf())
                        .param("lentTo", "Hugo").param("returnOn", today.plusDays(2).toString()))
                .andExpect(redirectedUrl("/echanges/" + drill));
        mvc.perform(get("/echanges/" + drill).with(user(data.user(owner))))
                .andExpect(content().string(containsString("Prêté à Hugo")));
        mvc.perform(get("/echanges").with(user(data.user(neighbour))))
                .andExpect(content().string(containsString("Prêté")));
    }
}
