package org.voisinage.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.voisinage.exchange.ListingRulesTests.lend;
import static org.voisinage.exchange.ListingRulesTests.titled;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.voisinage.account.ResidentMoved;
import org.voisinage.account.Residents;
import org.voisinage.common.SiteClock;
import org.voisinage.notification.Outbox;
import org.voisinage.support.TestData;

/**
 * A resident gone from a neighbourhood (a register leaver, a deleted account, a move): their bookings still to come,
 * as borrower and on their own objects, are cancelled and the other side told; a loan out is flagged to both sides.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class BookingsOfLeaversTests {

    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired ListingPublishing publishing;
    @Autowired Residents residents;
    @Autowired SiteClock clock;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired Outbox outbox;
    @Autowired MockMvc mvc;

    @Test
    void aLeaversComingBookingsAreCancelledAndTheirLoanOutFlaggedToBothSides() {
        ExchangeFixtures f = ExchangeFixtures.create(data, jdbc);
        long leaver = f.resident(f.home());
        long owner = f.homeResident();
        long asker = f.resident(f.home());
        LocalDate today = clock.today();
        long drill = publishing.publish(owner, titled(lend(ObjectCondition.GOOD, 7), "Perceuse", "d"));
        long ladder = publishing.publish(owner, titled(lend(ObjectCondition.GOOD, 7), "Echelle", "d"));
        long saw = publishing.publish(leaver, titled(lend(ObjectCondition.GOOD, 7), "Scie", "d"));
        long coming = booking(drill, leaver, today.plusDays(5), today.plusDays(6), "ACCEPTED");
        long out = booking(ladder, leaver, today.minusDays(1), today.plusDays(3), "ACCEPTED");
        long asked = booking(saw, asker, today.plusDays(2), today.plusDays(3), "REQUESTED");

        assertThat(residents.withdrawVerification(leaver)).isTrue();

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(statusOf(coming)).as("their reservation to come").isEqualTo("CANCELLED");
            assertThat(statusOf(asked)).as("a request of their object").isEqualTo("CANCELLED");
            assertThat(jdbc.queryForObject("select party_left_at is not null from listing_booking where id = ?",
                    Boolean.class, out)).as("the loan out is flagged").isTrue();
        });
        assertThat(statusOf(out)).isEqualTo("ACCEPTED");
        assertThat(emails(coming, "party_gone", owner)).as("the owner is told").isEqualTo(1);
        assertThat(emails(asked, "party_gone", asker)).as("the asker is told").isEqualTo(1);
        assertThat(emails(out, "out_party_gone", owner)).isEqualTo(1);
        assertThat(emails(out, "out_party_gone", leaver)).as("the leaver too").isEqualTo(1);
        assertThat(outbox.latestTo(data.emailOf(asker)).orElseThrow().textBody()).contains("Scie")
                .contains("plus membre du quartier");
    }

    @Test
    void aMoverLosesTheBookingsOfTheirOldNeighbourhoodOnly() {
        ExchangeFixtures f = ExchangeFixtures.create(data, jdbc);
        long mover = f.resident(f.home());
        LocalDate today = clock.today();
        long homeDrill = publishing.publish(f.homeResident(), titled(lend(ObjectCondition.GOOD, 7), "Perceuse", "d"));
        long nearDrill = publishing.publish(f.nearResident(), titled(lend(ObjectCondition.GOOD, 7), "Perceuse", "d"));
        long left = booking(homeDrill, mover, today.plusDays(5), today.plusDays(6), "ACCEPTED");
        long kept = booking(nearDrill, mover, today.plusDays(5), today.plusDays(6), "ACCEPTED");

        transactions.executeWithoutResult(s -> events.publishEvent(new ResidentMoved(mover, f.home(), f.far())));

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(statusOf(left)).isEqualTo("CANCELLED"));
        assertThat(statusOf(kept)).as("another neighbourhood's").isEqualTo("ACCEPTED");
    }

    @Test
    void theOwnerLendsToANeighbourWhoIsThenFoundWhenTheyLeave() throws Exception {
        ExchangeFixtures f = ExchangeFixtures.create(data, jdbc);
        long owner = f.homeResident();
        long neighbour = f.resident(f.home());
        long drill = publishing.publish(owner, titled(lend(ObjectCondition.GOOD, 7), "Perceuse", "d"));
        String returnOn = clock.today().plusDays(4).toString();
        String neighbourName = jdbc.queryForObject("select display_name from resident where id = ?", String.class,
                neighbour);
        String farName = jdbc.queryForObject("select display_name from resident where id = ?", String.class,
                f.farResident());
        assertThat(mvc.perform(get("/echanges/" + drill).with(user(data.user(owner)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .as("the owner picks among the neighbourhood's members").contains(neighbourName).doesNotContain(farName);

        // someone of another neighbourhood, or nobody at all: refused, the page again with the date kept
        assertThat(mvc.perform(post("/echanges/" + drill + "/pret").with(user(data.user(owner))).with(csrf())
                        .param("borrowerId", String.valueOf(f.farResident())).param("lentTo", "")
                        .param("returnOn", returnOn))
                .andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8))
                .contains("Choisissez un voisin du quartier de cette annonce.").contains(returnOn);
        mvc.perform(post("/echanges/" + drill + "/pret").with(user(data.user(owner))).with(csrf())
                        .param("borrowerId", "").param("lentTo", " ").param("returnOn", returnOn))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from listing_booking where listing_id = ?", Integer.class,
                drill)).as("the page again, nothing recorded").isZero();
        mvc.perform(post("/echanges/" + drill + "/pret").with(user(data.user(owner))).with(csrf())
                        .param("borrowerId", String.valueOf(neighbour)).param("lentTo", "")
                        .param("returnOn", returnOn))
                .andExpect(status().is3xxRedirection());
        long loan = jdbc.queryForObject("select id from listing_booking where listing_id = ? and borrower_id = ?",
                Long.class, drill, neighbour);

        assertThat(residents.withdrawVerification(neighbour)).isTrue();
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(emails(loan, "out_party_gone", owner)).as("a loan found by its borrower").isEqualTo(1));
    }

    private long booking(long listing, long borrower, LocalDate from, LocalDate to, String status) {
        return jdbc.queryForObject("""
                insert into listing_booking (listing_id, borrower_id, starts_on, ends_on, status, created_at)
                values (?, ?, ?, ?, ?, now()) returning id""", Long.class, listing, borrower, from, to, status);
    }

    private String statusOf(long booking) {
        return jdbc.queryForObject("select status from listing_booking where id = ?", String.class, booking);
    }

    private int emails(long booking, String notice, long recipient) {
        return jdbc.queryForObject("select count(*) from outbox_email where message_id like ?", Integer.class,
                "%booking-" + booking + "-" + notice + "-" + recipient + "@%");
    }
}
