package org.voisinage.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.demo.internal.SyntheticPopulation;
import org.voisinage.support.SessionCookies;

/** {@code voisinage.demo.scale}: the demo plus a synthetic population, small here (500 residents). */
@SpringBootTest(properties = {"voisinage.demo.enabled=true", "voisinage.demo.scale=500",
        "voisinage.embedded-postgres.database=demo_scaled"})
@AutoConfigureMockMvc
class DemoScaleTests {

    private static final int SCALE = 500;

    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    @BeforeAll
    static void embeddedOnly() {
        Assumptions.assumeTrue(System.getProperty("spring.datasource.url") == null,
                "needs the embedded PostgreSQL to create an empty database of its own");
    }

    @Test
    void addsResidentsInTwentyNeighbourhoodsOfTwoTerritoriesWithTenRowsOfActivityEach() {
        assertThat(count("select count(*) from territory")).isEqualTo(2);
        assertThat(count("select count(*) from neighbourhood")).isEqualTo(20);
        assertThat(count("select count(*) from resident where email like '%@synthetique.voisinage.test' "
                + "and status = 'VERIFIED' and neighbourhood_id is not null")).isEqualTo(SCALE);
        assertThat(count("select count(distinct neighbourhood_id) from resident where email like '%@synthetique%'"))
                .isEqualTo(20);
        long posts = count("""
                select (select count(*) from listing) + (select count(*) from initiative)
                     + (select count(*) from initiative_comment) + (select count(*) from message)
                     + (select count(*) from agenda_event) + (select count(*) from agenda_rsvp)
                     + (select count(*) from alert) + (select count(*) from initiative_need)
                     + (select count(*) from initiative_offer) + (select count(*) from challenge_pledge)
                     + (select count(*) from follow) + (select count(*) from notification)""");
        assertThat(count("select count(*) from notification")).isPositive();
        assertThat(posts).isGreaterThanOrEqualTo(10L * SCALE);
        // a few huge conversations
        assertThat(count("select count(*) from (select conversation_id from message group by conversation_id "
                + "having count(*) >= 1000) huge")).isGreaterThanOrEqualTo(3);
        for (String table : List.of("listing", "initiative", "initiative_comment", "agenda_event", "agenda_rsvp",
                "alert", "initiative_offer", "challenge_pledge", "follow", "conversation")) {
            assertThat(count("select count(*) from " + table)).as(table).isPositive();
        }
        // the search vectors are there (generated columns)
        assertThat(count("select count(*) from listing where search is null")).isZero();
        // skew: the most active tenth writes most listings, and most residents write one or none
        long listings = count("select count(*) from listing l join resident r on r.id = l.author_id "
                + "where r.email like '%@synthetique%'");
        List<Long> perAuthor = jdbc.queryForList("""
                select count(l.id) from resident r left join listing l on l.author_id = r.id
                where r.email like '%@synthetique%' group by r.id order by 1 desc""", Long.class);
        assertThat(perAuthor.subList(0, SCALE / 10).stream().mapToLong(Long::longValue).sum())
                .isGreaterThan(listings / 2);
        assertThat(perAuthor.stream().filter(n -> n <= 1).count()).isGreaterThan(SCALE / 2);
        // sequences were moved past the copied ids: a new row gets a fresh id
        assertThat(count("select nextval(pg_get_serial_sequence('message', 'id'))"))
                .isGreaterThan(count("select max(id) from message"));
    }

    @Test
    void aSyntheticResidentSignsInAndSeesTheirListingAndConversation() throws Exception {
        Cookie[] cookies = SessionCookies.signIn(mvc, SyntheticPopulation.email(0), DemoData.PASSWORD, false);
        long resident = count("select id from resident where email = '" + SyntheticPopulation.email(0) + "'");
        long listing = count("select max(id) from listing where author_id = " + resident);
        long conversation = count("select min(id) from conversation where resident_low = " + resident
                + " or resident_high = " + resident);
        mvc.perform(get("/").cookie(cookies)).andExpect(status().isOk());
        mvc.perform(get("/echanges/" + listing).cookie(cookies)).andExpect(status().isOk());
        mvc.perform(get("/messages").cookie(cookies)).andExpect(status().isOk());
        mvc.perform(get("/messages/" + conversation).cookie(cookies)).andExpect(status().isOk());
        mvc.perform(get("/notifications").cookie(cookies)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/initiatives/")));
    }

    @Test
    void theDemoAccountSeesABusyNeighbourhoodAndItsHugeConversation() throws Exception {
        Cookie[] cookies = SessionCookies.signIn(mvc, "camille@demo.voisinage.test", DemoData.PASSWORD, false);
        assertThat(count("""
                select count(*) from listing l join resident r on r.id = l.author_id
                where r.email like '%@synthetique%' and l.neighbourhood_id =
                    (select neighbourhood_id from resident where email = 'camille@demo.voisinage.test')"""))
                .isGreaterThan(10);
        long huge = count("""
                select c.id from conversation c join resident r on r.id in (c.resident_low, c.resident_high)
                where r.email = 'camille@demo.voisinage.test'
                order by (select count(*) from message m where m.conversation_id = c.id) desc limit 1""");
        mvc.perform(get("/").cookie(cookies)).andExpect(status().isOk());
        mvc.perform(get("/quartiers/gratte-ciel").cookie(cookies)).andExpect(status().isOk());
        mvc.perform(get("/echanges").cookie(cookies)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Je propose")));
        mvc.perform(get("/messages/" + huge).cookie(cookies)).andExpect(status().isOk());
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
