package org.voisinage.exchange;

import static org.hamcrest.Matchers.containsString;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.voisinage.support.TestData;

/** Every listing URL tried as a stranger, a neighbour who is not the author, an unverified resident, nobody. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class ListingAccessTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired ListingPublishing publishing;

    ExchangeFixtures f;
    long id;

    @BeforeEach
    void aLoanOfferVisibleWithin3Km() {
        f = ExchangeFixtures.create(data, jdbc);
        id = publishing.publish(f.homeResident(), titled(withRadius(lend(ObjectCondition.GOOD, 7), 3), "Perceuse", "d"));
        jdbc.update("insert into listing_photo (listing_id, position, file_name) values (?, 0, ?)", id,
                java.util.UUID.randomUUID().toString().replace("-", "") + ".jpg");
    }

    MockHttpServletRequestBuilder[] everyUrl() {
        String photo = jdbc.queryForObject("select file_name from listing_photo where listing_id = ?", String.class, id);
        return new MockHttpServletRequestBuilder[] {
                get("/echanges/" + id), get("/echanges/" + id + "/modifier"),
                post("/echanges/" + id + "/modifier").with(csrf()).param("direction", "OFFER").param("kind", "SERVICE")
                        .param("category", "DIY").param("title", "pris").param("description", "pris"),
                post("/echanges/" + id + "/pret").with(csrf()).param("lentTo", "moi").param("returnOn", "2099-01-01"),
                post("/echanges/" + id + "/rendu").with(csrf()),
                post("/echanges/" + id + "/photos/supprimer").with(csrf()).param("name", photo),
                get("/echanges/photos/" + photo)};
    }

    @Test
    void aStrangerFromANeighbourhoodOutsideTheRadiusGets404OnEveryUrl() throws Exception {
        for (long stranger : new long[] {f.farResident(), f.remoteResident()}) {
            for (MockHttpServletRequestBuilder request : everyUrl()) {
                mvc.perform(request.with(user(data.user(stranger)))).andExpect(status().isNotFound());
            }
        }
    }

    @Test
    void aNeighbourSeesTheListingButMayNotChangeIt() throws Exception {
        long neighbour = f.nearResident();
        mvc.perform(get("/echanges/" + id).with(user(data.user(neighbour)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Perceuse")));
        MockHttpServletRequestBuilder[] urls = everyUrl();
        for (int i = 1; i < urls.length - 1; i++) {
            mvc.perform(urls[i].with(user(data.user(neighbour)))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/echanges/" + id).with(user(data.user(f.homeResident()))))
                .andExpect(content().string(containsString("Perceuse")));
    }

    @Test
    void unverifiedResidentsSeeNothingAndPublishNothing() throws Exception {
        long pending = data.resident("RESIDENT", "PENDING", f.home(), null);
        mvc.perform(get("/echanges/" + id).with(user(data.user(pending)))).andExpect(status().isNotFound());
        mvc.perform(get("/echanges").with(user(data.user(pending)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("adresse est vérifiée")));
        mvc.perform(get("/echanges/nouvelle").with(user(data.user(pending)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Seuls les habitants")));
        mvc.perform(post("/echanges/nouvelle").with(user(data.user(pending))).with(csrf())
                        .param("direction", "OFFER").param("kind", "SERVICE").param("category", "DIY")
                        .param("title", "t").param("description", "d"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Seuls les habitants")));
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("select count(*) from listing where author_id = ?",
                Integer.class, pending)).isZero();
    }

    @Test
    void nobodySignedInIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/echanges")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/echanges/" + id)).andExpect(status().is3xxRedirection());
    }

    @Test
    void staffSeeAnyListing() throws Exception {
        long staff = data.resident("STAFF", "VERIFIED", null, null);
        mvc.perform(get("/echanges/" + id).with(user(data.user(staff)))).andExpect(status().isOk());
    }
}
