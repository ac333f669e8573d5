package org.voisinage.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.account.Residents;
import org.voisinage.support.TestData;

/**
 * Leavers' time credits, settled as the territory decides: kept on the account, or their balance returned to the
 * territory's shared pot by a settlement transfer, the ledger staying zero-sum. Only staff of the territory choose.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class LeaverCreditsTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired TimeCredits credits;
    @Autowired Residents residents;

    @Test
    void aLeaversBalanceReturnsToThePotWhereTheTerritorySaysSoAndStaysWhereItKeepsIt() throws Exception {
        long pooling = data.territory();
        long keeping = data.territory();
        long staff = data.resident("STAFF", "VERIFIED", null, null);
        jdbc.update("insert into staff_territory (resident_id, territory_id) values (?, ?)", staff, pooling);

        mvc.perform(post("/admin/credits/{id}/leavers", keeping).with(csrf()).with(user(data.user(staff)))
                .param("leaverCredits", "RETURN_TO_POOL")).andExpect(status().isNotFound());
        mvc.perform(post("/admin/credits/{id}/leavers", pooling).with(csrf()).with(user(data.user(staff))))
                .andExpect(redirectedUrl("/admin/credits"));
        assertThat(credits.leaverCredits(pooling)).isEqualTo(LeaverCredits.KEEP);
        mvc.perform(post("/admin/credits/{id}/leavers", pooling).with(csrf()).with(user(data.user(staff)))
                .param("leaverCredits", "RETURN_TO_POOL")).andExpect(redirectedUrl("/admin/credits"));
        assertThat(credits.leaverCredits(pooling)).isEqualTo(LeaverCredits.RETURN_TO_POOL);
        assertThat(credits.leaverCredits(keeping)).isEqualTo(LeaverCredits.KEEP);

        long leaver = leaverWithTwoHoursIn(pooling);
        long stayer = leaverWithTwoHoursIn(keeping);
        assertThat(residents.withdrawVerification(leaver)).isTrue();
        assertThat(residents.withdrawVerification(stayer)).isTrue();

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(credits.balance(leaver)).isEqualByComparingTo(BigDecimal.ZERO));
        CreditReport report = credits.report(pooling);
        assertThat(report.pot()).isEqualByComparingTo("2");
        assertThat(report.total()).isZero();
        assertThat(report.leaverCredits()).isEqualTo(LeaverCredits.RETURN_TO_POOL);
        assertThat(jdbc.queryForObject("""
                select count(*) from (select transfer_id from credit_movement group by transfer_id
                                      having sum(hours) <> 0 or count(*) <> 2) broken""", Long.class)).isZero();
        // kept where the territory keeps them
        assertThat(credits.balance(stayer)).isEqualByComparingTo("2");
        assertThat(credits.report(keeping).pot()).isZero();
    }

    /** A verified resident of the territory who gave two hours to a neighbour there. */
    private long leaverWithTwoHoursIn(long territory) {
        double lon = ThreadLocalRandom.current().nextDouble(-120, -60);
        double lat = ThreadLocalRandom.current().nextDouble(-50, 50);
        long neighbourhood = data.neighbourhood(territory, lon, lat, lon + 0.001, lat + 0.001);
        long giver = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        long receiver = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        long transfer = jdbc.queryForObject("""
                insert into credit_transfer (conversation_id, territory_id, hours, created_at)
                values (?, ?, 2, now()) returning id""", Long.class,
                ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE), territory);
        jdbc.update("insert into credit_movement (transfer_id, resident_id, hours) values (?, ?, -2), (?, ?, 2)",
                transfer, receiver, transfer, giver);
        return giver;
    }
}
