package org.voisinage.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.voisinage.exchange.ListingRulesTests.lend;
import static org.voisinage.exchange.ListingRulesTests.titled;
import static org.voisinage.exchange.ListingRulesTests.withRadius;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.support.TestData;

/**
 * "Contact" about a listing works only for those the listing's radius reaches; its author's profile then shows
 * only the listings the visitor may see.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class ListingConversationReachTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired ListingPublishing publishing;

    ExchangeFixtures f;
    String title;
    long within3Km;

    @BeforeEach
    void aListingSeenWithin3Km() {
        f = ExchangeFixtures.create(data, jdbc);
        title = TestData.unique("Perceuse à 3 km");
        within3Km = publishing.publish(f.homeResident(),
                titled(withRadius(lend(ObjectCondition.GOOD, 7), 3), title, "d"));
    }

    long conversationsOf(long resident) {
        return jdbc.queryForObject("select count(*) from conversation where resident_low = ? or resident_high = ?",
                Long.class, resident, resident);
    }

    @Test
    void residentsBeyondTheRadiusCannotStartAConversationAboutIt() throws Exception {
        for (long stranger : new long[] {f.farResident(), f.remoteResident()}) {
            mvc.perform(get("/messages/nouveau").param("sujet", "listing").param("id", "" + within3Km)
                            .with(user(data.user(stranger))))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(not(containsString(title))));
            mvc.perform(post("/messages/nouveau").param("sujet", "listing").param("id", "" + within3Km)
                            .param("text", "Elle est libre ?").with(user(data.user(stranger))).with(csrf()))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(not(containsString(title))));
            assertThat(conversationsOf(stranger)).isZero();
        }
        mvc.perform(get("/messages/nouveau").param("sujet", "listing").param("id", "" + within3Km)
                        .with(user(data.user(f.nearResident()))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(title)));
        mvc.perform(post("/messages/nouveau").param("sujet", "listing").param("id", "" + within3Km)
                        .param("text", "Elle est libre ?").with(user(data.user(f.nearResident()))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(conversationsOf(f.nearResident())).isOne();
    }

    @Test
    void theAuthorsProfileShowsAVisitorFromAnotherNeighbourhoodOnlyTheListingsWithinTheirReach() throws Exception {
        String farTitle = TestData.unique("Tondeuse à 10 km");
        long within10Km = publishing.publish(f.homeResident(),
                titled(withRadius(lend(ObjectCondition.GOOD, 7), 10), farTitle, "d"));
        mvc.perform(post("/messages/nouveau").param("sujet", "listing").param("id", "" + within10Km)
                        .param("text", "Elle est libre ?").with(user(data.user(f.farResident()))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/voisins/" + f.homeResident()).with(user(data.user(f.farResident()))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(farTitle)))
                .andExpect(content().string(not(containsString(title))));
        // a neighbour sees both
        mvc.perform(get("/voisins/" + f.homeResident()).with(user(data.user(f.resident(f.home())))))
                .andExpect(content().string(containsString(farTitle)))
                .andExpect(content().string(containsString(title)));
    }
}
