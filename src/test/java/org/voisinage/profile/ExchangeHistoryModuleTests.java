package org.voisinage.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;
import org.voisinage.messaging.ExchangeCompleted;
import org.voisinage.support.TestData;

/**
 * Profile's {@link ExchangeHistory} listener tested as a module: an exchange confirmed in a conversation (the
 * messaging module's {@link ExchangeCompleted}) is recorded once however often it is delivered, lets each side thank
 * the other once and nobody else, and moves an hour of time credits from receiver to giver for a service where the
 * giver's territory switched credits on.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "config")
@Import(TestData.class)
class ExchangeHistoryModuleTests {

    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired ThanksBook thanks;
    @Autowired TimeCredits credits;

    @Test
    void aServiceConfirmedTwiceIsRecordedOnceMovesOneHourAndEachSideThanksTheOtherOnce(Scenario scenario) {
        long[] neighbours = twoNeighbours(true);
        long giver = neighbours[0];
        long receiver = neighbours[1];
        long stranger = twoNeighbours(true)[0];
        ExchangeCompleted event = new ExchangeCompleted(someConversation(), "listing", 1, giver, receiver, true);

        scenario.publish(event).andWaitForStateChange(() -> credits.balance(giver), hours -> hours.signum() != 0)
                .andVerify(hours -> assertThat(hours).isEqualByComparingTo(BigDecimal.ONE));
        // delivered again, as after a restart before its publication was marked complete
        scenario.publish(event).andWaitForStateChange(() -> handled(event.conversationId()) == 2)
                .andVerify(handled -> assertThat(handled).isTrue());

        assertThat(jdbc.queryForObject("select count(*) from completed_exchange where conversation_id = ?", Long.class,
                event.conversationId())).isOne();
        assertThat(credits.balance(giver)).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(credits.balance(receiver)).isEqualByComparingTo(BigDecimal.ONE.negate());
        assertThat(thanks.thank(event.conversationId(), receiver, "Merci pour le coup de main")).isEqualTo(giver);
        assertThat(thanks.thank(event.conversationId(), giver, "Avec plaisir")).isEqualTo(receiver);
        assertThatThrownBy(() -> thanks.thank(event.conversationId(), receiver, "Encore merci"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT));
        assertThatThrownBy(() -> thanks.thank(event.conversationId(), stranger, "Je passais par là"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aLoanOrAServiceWhereCreditsAreOffMovesNoCredits(Scenario scenario) {
        long[] withCredits = twoNeighbours(true);
        long[] without = twoNeighbours(false);
        ExchangeCompleted loan = new ExchangeCompleted(someConversation(), "listing", 2, withCredits[0], withCredits[1],
                false);
        ExchangeCompleted service = new ExchangeCompleted(someConversation(), "listing", 3, without[0], without[1], true);

        for (ExchangeCompleted event : new ExchangeCompleted[] {loan, service}) {
            scenario.publish(event).andWaitForStateChange(() -> handled(event.conversationId()) == 1)
                    .andVerify(handled -> assertThat(handled).isTrue());
            assertThat(jdbc.queryForObject("select count(*) from completed_exchange where conversation_id = ?",
                    Long.class, event.conversationId())).isOne();
            assertThat(jdbc.queryForObject("select count(*) from credit_transfer where conversation_id = ?", Long.class,
                    event.conversationId())).isZero();
        }
        assertThat(credits.balance(withCredits[0])).isZero();
        assertThat(credits.balance(without[0])).isZero();
    }

    /** Two verified neighbours in a territory of their own, time credits switched on or off there. */
    private long[] twoNeighbours(boolean credits) {
        long territory = data.territory();
        jdbc.update("insert into territory_credit_setting (territory_id, enabled) values (?, ?)", territory, credits);
        double lon = ThreadLocalRandom.current().nextDouble(-150, -140);
        double lat = ThreadLocalRandom.current().nextDouble(-50, -40);
        long neighbourhood = data.neighbourhood(territory, lon, lat, lon + 0.01, lat + 0.01);
        return new long[] {data.resident("RESIDENT", "VERIFIED", neighbourhood, null),
                data.resident("RESIDENT", "VERIFIED", neighbourhood, null)};
    }

    private static long someConversation() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
    }

    /** How many deliveries of the exchange's event the listener completed (Spring Modulith's publication log). */
    private long handled(long conversationId) {
        return jdbc.queryForObject("""
                select count(*) from event_publication
                where listener_id like '%ExchangeHistory%' and completion_date is not null
                  and serialized_event like ?""", Long.class, "%\"conversationId\":" + conversationId + ",%");
    }
}
