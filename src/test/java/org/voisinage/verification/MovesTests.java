package org.voisinage.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.account.Residents;
import org.voisinage.directory.AddressImports;

/** A resident who moves gives the new address: pending there, the old neighbourhood closed at once, same account. */
@SpringBootTest
@AutoConfigureMockMvc
class MovesTests {

    static final String POSTCODE = "94" + (100 + ThreadLocalRandom.current().nextInt(800));
    static final String TOWN = "Demenageville " + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36)
            .replaceAll("[0-9]", "q");
    static final double LON = -31.0 - ThreadLocalRandom.current().nextDouble(2);
    static final double LAT = 25.0 + ThreadLocalRandom.current().nextDouble(5);

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService users;
    @Autowired AddressImports imports;
    @Autowired Residents residents;

    Fixtures data;
    long oldNeighbourhood;
    long newNeighbourhood;

    @BeforeEach
    void setUp() {
        data = new Fixtures(jdbc, users);
        oldNeighbourhood = data.neighbourhood(LON - 0.001, LAT - 0.001, LON + 0.001, LAT + 0.001);
        newNeighbourhood = data.neighbourhood(LON + 0.009, LAT - 0.001, LON + 0.011, LAT + 0.001);
        String csv = String.join("\n", List.of("id;numero;rep;nom_voie;code_postal;code_insee;nom_commune;lon;lat",
                POSTCODE + "_mv_1;1;;Rue Ancienne;" + POSTCODE + ";94000;" + TOWN + ";" + LON + ";" + LAT,
                POSTCODE + "_mv_2;2;;Rue Nouvelle;" + POSTCODE + ";94000;" + TOWN + ";" + (LON + 0.01) + ";" + LAT));
        imports.importStream(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "mv.csv", "test");
    }

    @Test
    void aResidentWhoMovesProvesTheNewAddressAndLosesTheOldNeighbourhoodAtOnce() throws Exception {
        long resident = data.resident("RESIDENT", "VERIFIED", oldNeighbourhood, POSTCODE + "_mv_1", "M-42");
        long pendingWithALetter = resident;
        assertThat(residents.viewer(resident).isMemberOf(oldNeighbourhood)).isTrue();
        mvc.perform(get("/voisins").with(user(data.user(resident)))).andExpect(status().isOk());
        mvc.perform(get("/demenagement").with(user(data.user(resident)))).andExpect(status().isOk());

        mvc.perform(post("/demenagement").with(csrf()).with(user(data.user(resident)))
                        .param("number", "99").param("street", "Rue Introuvable")
                        .param("postcode", POSTCODE).param("town", TOWN).param("flat", "3"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attributeHasFieldErrorCode("address", "street", "account.address.notFound"));
        assertThat(data.status(resident)).isEqualTo("VERIFIED");

        mvc.perform(post("/demenagement").with(csrf()).with(user(data.user(resident)))
                        .param("number", "2").param("street", "rue nouvelle")
                        .param("postcode", POSTCODE).param("town", TOWN).param("flat", "Apt 3"))
                .andExpect(redirectedUrl("/verification"))
                .andExpect(flash().attribute("success", "account.move.done"));

        assertThat(data.status(resident)).as("the same proofs apply again").isEqualTo("PENDING");
        assertThat(jdbc.queryForMap("select neighbourhood_id, address_id, flat, member_number from resident where id = ?",
                resident)).containsEntry("neighbourhood_id", newNeighbourhood)
                .containsEntry("address_id", POSTCODE + "_mv_2").containsEntry("flat", "Apt 3")
                .containsEntry("member_number", "M-42");
        assertThat(residents.viewer(resident).isMemberOf(oldNeighbourhood)).isFalse();
        assertThat(residents.viewer(resident).isMemberOf(newNeighbourhood)).isFalse();
        mvc.perform(get("/voisins").with(user(data.user(resident)))).andExpect(status().isForbidden());
        assertThat(pendingWithALetter).as("same account: history (thanks, credits) stays with it").isEqualTo(resident);
    }

    @Test
    void anAddressInNoNeighbourhoodIsRefusedOnTheForm() throws Exception {
        long resident = data.resident("RESIDENT", "VERIFIED", oldNeighbourhood, POSTCODE + "_mv_1", null);
        mvc.perform(post("/demenagement").with(csrf()).with(user(data.user(resident))))
                .andExpect(status().isUnprocessableContent());
        assertThat(data.status(resident)).isEqualTo("VERIFIED");
    }
}
