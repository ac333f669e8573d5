package org.voisinage.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.voisinage.common.SiteClock;
import org.voisinage.support.TestData;

/** Bad input on the listing forms and pages: a translated message or a 4xx, never a 500. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class ListingValidationTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired ListingPublishing publishing;
    @Autowired SiteClock clock;

    ExchangeFixtures f;

    @BeforeEach
    void neighbourhoods() {
        f = ExchangeFixtures.create(data, jdbc);
    }

    MockHttpServletRequestBuilder publish(Map<String, String> changes) {
        MockHttpServletRequestBuilder request = post("/echanges/nouvelle").with(user(data.user(f.homeResident()))).with(csrf());
        Map<String, String> params = new java.util.LinkedHashMap<>(Map.of("direction", "OFFER", "kind", "RIDE_SHARE",
                "category", "TRANSPORT", "title", "Vers Lyon", "description", "Trajet", "rideFrom", "Villeurbanne",
                "rideTo", "Lyon", "rideDate", clock.today().plusDays(3).toString(), "rideTime", "08:30",
                "rideSeats", "2"));
        params.putAll(changes);
        params.forEach(request::param);
        return request;
    }

    void refused(Map<String, String> changes, String message) throws Exception {
        mvc.perform(publish(changes)).andExpect(status().isOk()).andExpect(content().string(containsString(message)));
    }

    @Test
    void aValidRideSharePublishes() throws Exception {
        mvc.perform(publish(Map.of("rideWeekdays", "MONDAY"))).andExpect(status().is3xxRedirection());
    }

    @Test
    void eachBadFieldGetsItsTranslatedMessage() throws Exception {
        refused(Map.of("rideDate", clock.today().minusDays(1).toString()), "Ce départ est déjà passé");
        refused(Map.of("rideSeats", "0"), "Entre 1 et 8 places");
        refused(Map.of("rideSeats", "beaucoup"), "pas au bon format");
        refused(Map.of("rideDate", "31/02/2026"), "pas au bon format");
        refused(Map.of("rideTime", "25:99"), "pas au bon format");
        refused(Map.of("rideWeekdays", "FUNDAY"), "pas au bon format");
        refused(Map.of("rideFrom", ""), "Indiquez le départ");
        refused(Map.of("kind", "LEND"), "Indiquez l’état de l’objet");
        refused(Map.of("kind", "GOOD_DEAL"), "Dites où trouver ce bon plan");
        refused(Map.of("kind", "TELEPORT"), "pas au bon format");
        refused(Map.of("category", ""), "Choisissez une catégorie");
        refused(Map.of("title", "x".repeat(10_000)), "trop long");
        refused(Map.of("description", " "), "obligatoire");
        refused(Map.of("radiusKm", "7"), "Choisissez une distance");
        refused(Map.of("expiresOn", clock.today().plusDays(200).toString()), "90 jours au plus");
        assertThat(jdbc.queryForObject("select count(*) from listing where author_id = ?", Integer.class, f.homeResident()))
                .isZero();
    }

    @Test
    void oddUrlsAndParametersGive4xxOrAnOrdinaryPage() throws Exception {
        var viewer = user(data.user(f.homeResident()));
        mvc.perform(get("/echanges").param("kind", "TELEPORT").with(viewer)).andExpect(status().is4xxClientError());
        mvc.perform(get("/echanges").param("km", "-5").param("page", "-3").param("q", "é".repeat(5_000)).with(viewer))
                .andExpect(status().isOk());
        mvc.perform(get("/echanges").param("q", "!!! & | ( :*").with(viewer)).andExpect(status().isOk());
        mvc.perform(get("/echanges").param("page", "99999999999").with(viewer)).andExpect(status().is4xxClientError());
        mvc.perform(get("/echanges/abc").with(viewer)).andExpect(status().is4xxClientError());
        mvc.perform(get("/echanges/987654321").with(viewer)).andExpect(status().isNotFound());
        mvc.perform(get("/echanges/987654321/modifier").with(viewer)).andExpect(status().isNotFound());
        mvc.perform(post("/echanges/987654321/rendu").with(viewer).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/echanges/photos/nothing.exe").with(viewer)).andExpect(status().isNotFound());
        long service = publishing.publish(f.homeResident(), ListingRulesTests.service());
        mvc.perform(post("/echanges/" + service + "/pret").with(viewer).with(csrf()).param("lentTo", "Hugo")
                .param("returnOn", "2099-01-01")).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", "exchange.loan.notALoan"));
        mvc.perform(post("/echanges/" + service + "/rendu").with(viewer).with(csrf())).andExpect(status().is3xxRedirection());
        long loan = publishing.publish(f.homeResident(), ListingRulesTests.lend(ObjectCondition.WORN, 3));
        mvc.perform(post("/echanges/" + loan + "/pret").with(viewer).with(csrf()).param("lentTo", "")
                .param("returnOn", "hier")).andExpect(status().isOk())
                .andExpect(content().string(containsString("pas au bon format")));
        mvc.perform(post("/echanges/" + loan + "/pret").with(viewer).with(csrf()).param("lentTo", " ")
                .param("returnOn", "2020-01-01")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Indiquez à qui")));
        mvc.perform(post("/echanges/" + loan + "/pret").with(viewer).with(csrf()).param("lentTo", "Hugo")
                .param("returnOn", "2020-01-01")).andExpect(status().isOk())
                .andExpect(content().string(containsString("La date de retour est déjà passée")));
    }
}
