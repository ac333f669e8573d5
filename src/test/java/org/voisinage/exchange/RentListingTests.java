package org.voisinage.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.voisinage.support.TestData;

/** An object for rent: its price per day or per use and deposit, checked, shown on the listing and in lists. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class RentListingTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired RentPrices prices;

    ExchangeFixtures f;

    @BeforeEach
    void neighbourhoods() {
        f = ExchangeFixtures.create(data, jdbc);
    }

    MockHttpServletRequestBuilder publish(Map<String, String> changes) {
        MockHttpServletRequestBuilder request = post("/echanges/nouvelle").with(user(data.user(f.homeResident())))
                .with(csrf());
        Map<String, String> params = new LinkedHashMap<>(Map.of("direction", "OFFER", "kind", "RENT",
                "category", "TOOLS", "title", "Nettoyeur haute pression", "description", "Kärcher K5",
                "rentPrice", "12.50", "rentUnit", "DAY", "rentDeposit", "80"));
        params.putAll(changes);
        params.forEach(request::param);
        return request;
    }

    void refused(Map<String, String> changes, String message) throws Exception {
        mvc.perform(publish(changes)).andExpect(status().isOk())
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString("value=\"Nettoyeur haute pression\"")));
    }

    @Test
    void badPricesAreRefusedWithTheFormKept() throws Exception {
        refused(Map.of("rentPrice", ""), "Indiquez le prix de location");
        refused(Map.of("rentUnit", ""), "Dites si le prix est par jour ou par utilisation");
        refused(Map.of("rentPrice", "-3"), "Un montant ne peut pas être négatif");
        refused(Map.of("rentDeposit", "12.555"), "deux décimales au plus");
        refused(Map.of("rentPrice", "beaucoup"), "pas au bon format");
        refused(Map.of("rentUnit", "HOUR"), "pas au bon format");
        assertThat(jdbc.queryForObject("select count(*) from listing where author_id = ?", Integer.class,
                f.homeResident())).isZero();
    }

    @Test
    void aRentedObjectShowsItsPriceAndThatNoMoneyGoesThroughTheSite() throws Exception {
        MvcResult published = mvc.perform(publish(Map.of())).andExpect(status().is3xxRedirection()).andReturn();
        String path = published.getResponse().getRedirectedUrl();
        long neighbour = f.resident(f.home());
        mvc.perform(get(path).with(user(data.user(neighbour))))
                .andExpect(content().string(containsString("12,50\u00a0€ par jour")))
                .andExpect(content().string(containsString("80\u00a0€")))
                .andExpect(content().string(containsString("Voisinage ne gère aucun argent")))
                .andExpect(content().string(containsString("Réservations")));
        mvc.perform(get("/echanges").param("kind", "RENT").with(user(data.user(neighbour))))
                .andExpect(content().string(containsString("12,50\u00a0€ par jour")))
                .andExpect(content().string(containsString("caution 80\u00a0€")))
                .andExpect(content().string(containsString("Voisinage ne gère aucun argent")));
        // a kind changed away from rent keeps no price
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        mvc.perform(post(path + "/modifier").with(user(data.user(f.homeResident()))).with(csrf())
                        .param("direction", "OFFER").param("kind", "GIVE").param("category", "TOOLS")
                        .param("title", "Nettoyeur").param("description", "d").param("rentPrice", "12.50"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select rent_price is null and rent_unit is null from listing where id = ?",
                Boolean.class, id)).isTrue();
    }

    @Test
    void amountsAreWrittenTheReadersWay() {
        assertThat(prices.format(new java.math.BigDecimal("12.50"), Locale.FRENCH)).isEqualTo("12,50\u00a0€");
        assertThat(prices.format(new java.math.BigDecimal("5.00"), Locale.FRENCH)).isEqualTo("5\u00a0€");
        assertThat(prices.format(new java.math.BigDecimal("12.5"), Locale.ENGLISH)).isEqualTo("€12.50");
    }
}
