package org.voisinage.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.directory.AddressImports;

/**
 * The household cap counts accounts per dwelling (a directory address and a flat), not per street number: a
 * landlord's building of forty flats behind one number holds forty households.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HouseholdsPerDwellingTests {

    static final String POSTCODE = "96" + (100 + ThreadLocalRandom.current().nextInt(800));
    static final String TOWN = "Logisville " + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36)
            .replaceAll("[0-9]", "q");
    static final double LON = -25.0 - ThreadLocalRandom.current().nextDouble(5);
    static final double LAT = 30.0 + ThreadLocalRandom.current().nextDouble(5);
    static final String STREET = "Allée des Tours";
    static boolean imported;

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService users;
    @Autowired AddressImports imports;

    Fixtures data;
    long neighbourhood;
    long staff;

    @BeforeEach
    void setUp() {
        data = new Fixtures(jdbc, users);
        neighbourhood = data.neighbourhood(LON - 0.001, LAT - 0.001, LON + 0.001, LAT + 0.001);
        staff = data.staff();
        if (!imported) {
            List<String> lines = new ArrayList<>(List.of("id;numero;rep;nom_voie;code_postal;code_insee;nom_commune;lon;lat"));
            for (int n = 1; n <= 10; n++) {
                lines.add(String.join(";", id(n), Integer.toString(n), "", STREET, POSTCODE, "96000", TOWN,
                        Double.toString(LON), Double.toString(LAT)));
            }
            var report = imports.importStream(
                    new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)), "tours.csv", "test");
            assertThat(report.rowsRejected()).isZero();
            imported = true;
        }
    }

    static String id(int number) {
        return POSTCODE + "_tours_" + number;
    }

    long inFlat(String status, String address, String flat) {
        long resident = data.resident("RESIDENT", status, neighbourhood, address);
        jdbc.update("update resident set flat = ? where id = ?", flat, resident);
        return resident;
    }

    @Test
    void theSeventhAndLaterHouseholdsOfOneBuildingAreVerifiedWithDistinctFlats() throws Exception {
        String building = id(1);
        for (int flat = 1; flat <= 6; flat++) {
            inFlat("VERIFIED", building, "Appartement " + flat);
        }
        for (int flat = 7; flat <= 9; flat++) {
            long household = inFlat("PENDING", building, "Apt " + flat);
            mvc.perform(post("/admin/verifications/{id}/verify", household).with(csrf()).with(user(data.user(staff))))
                    .andExpect(flash().attribute("success", "verification.staff.verified"));
            assertThat(data.status(household)).isEqualTo("VERIFIED");
        }
    }

    @Test
    void residentsVerifiedBeforeFlatsCountedKeepTheirPlace() throws Exception {
        // six households verified at one number before the cap counted dwellings: no flat (V180 recomputes nothing)
        String building = id(7);
        List<Long> before = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            before.add(data.verified(neighbourhood, building));
        }
        // the building's other flats now join them, and they all stay verified
        for (int flat = 21; flat <= 22; flat++) {
            long household = inFlat("PENDING", building, "Apt " + flat);
            mvc.perform(post("/admin/verifications/{id}/verify", household).with(csrf()).with(user(data.user(staff))))
                    .andExpect(flash().attribute("success", "verification.staff.verified"));
            assertThat(data.status(household)).isEqualTo("VERIFIED");
        }
        assertThat(before).allSatisfy(resident -> assertThat(data.status(resident)).isEqualTo("VERIFIED"));
    }

    @Test
    void accountsOfOneFlatAreStillCappedWhateverTheSpelling() throws Exception {
        String building = id(2);
        for (int i = 0; i < 6; i++) {
            inFlat("VERIFIED", building, i % 2 == 0 ? "Appartement 12" : "12");
        }
        long seventh = inFlat("PENDING", building, "apt. 12");
        mvc.perform(post("/admin/verifications/{id}/verify", seventh).with(csrf()).with(user(data.user(staff))))
                .andExpect(flash().attribute("error", "verification.householdFull"));
        assertThat(data.status(seventh)).isEqualTo("PENDING");

        // no flat at all: the address's single dwelling, capped as before
        String house = id(3);
        for (int i = 0; i < 6; i++) {
            data.verified(neighbourhood, house);
        }
        long seventhOfTheHouse = data.pending(neighbourhood, house);
        mvc.perform(post("/admin/verifications/{id}/verify", seventhOfTheHouse).with(csrf()).with(user(data.user(staff))))
                .andExpect(flash().attribute("error", "verification.householdFull"));
        assertThat(data.status(seventhOfTheHouse)).isEqualTo("PENDING");
    }

    @Test
    void aSignupInAFullBuildingGivesAnotherFlatAndSignsUp() throws Exception {
        String building = id(4);
        for (int i = 0; i < 6; i++) {
            data.verified(neighbourhood, building);
        }
        mvc.perform(get("/signup/account").param("address", building))
                .andExpect(content().string(containsString("nombre maximal de comptes vérifiés")))
                .andExpect(content().string(containsString("un autre appartement")));
        String email = Fixtures.unique("flat") + "@test.voisinage.test";
        mvc.perform(signup(building, email, ""))
                .andExpect(status().isConflict())
                .andExpect(model().attributeHasFieldErrorCode("account", "flat", "account.signup.household.full"));
        mvc.perform(signup(building, email, "Bâtiment C, appartement 31"))
                .andExpect(redirectedUrl("/signup/check-email"));
        assertThat(jdbc.queryForObject("select flat from resident where email = ?", String.class, email))
                .isEqualTo("Bâtiment C, appartement 31");
    }

    @Test
    void theRegisterCarriesFlatsAndTheirAddressesThenAskForOneAtSignup() throws Exception {
        String a = Fixtures.unique("L").toUpperCase();
        String b = Fixtures.unique("L").toUpperCase();
        String csv = "member_number;name;number;street;postcode;town;flat\n"
                + a + ";Camille;5;" + STREET + ";" + POSTCODE + ";" + TOWN + ";Appartement 14\n"
                + b + ";Lou;5;" + STREET + ";" + POSTCODE + ";" + TOWN + ";Appartement 15\n";
        mvc.perform(multipart("/admin/members").file(new MockMultipartFile("file", "m.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).with(csrf()).with(user(data.user(staff))))
                .andExpect(redirectedUrl("/admin/members"));
        assertThat(jdbc.queryForObject("select flat from member_register_entry where member_number = ?", String.class, a))
                .isEqualTo("Appartement 14");
        assertThat(jdbc.queryForObject("select dwellings from address where id = ?", Integer.class, id(5))).isEqualTo(2);

        String email = Fixtures.unique("reg") + "@test.voisinage.test";
        mvc.perform(signup(id(5), email, " "))
                .andExpect(model().attributeHasFieldErrorCode("account", "flat", "account.flat.required"));
        assertThat(jdbc.queryForObject("select count(*) from resident where email = ?", Long.class, email)).isZero();

        // a registered member who left the flat blank elsewhere gets the register's flat when proven
        long member = data.resident("RESIDENT", "PENDING", neighbourhood, id(5), a);
        new org.springframework.transaction.support.TransactionTemplate(transactionManager).executeWithoutResult(s ->
                events.publishEvent(new org.voisinage.account.ResidentEmailConfirmed(member)));
        assertThat(data.status(member)).isEqualTo("VERIFIED");
        assertThat(jdbc.queryForObject("select flat from resident where id = ?", String.class, member))
                .isEqualTo("Appartement 14");
    }

    @Test
    void staffCorrectAFlatAndTheAuditSaysSo() throws Exception {
        long resident = inFlat("PENDING", id(6), "B 3");
        mvc.perform(get("/admin/verifications/{id}", resident).with(user(data.user(staff))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("value=\"B 3\"")));
        mvc.perform(post("/admin/verifications/{id}/flat", resident).with(csrf()).with(user(data.user(staff)))
                        .param("flat", "x".repeat(121)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attributeHasFieldErrors("flatForm", "flat"));
        mvc.perform(post("/admin/verifications/{id}/flat", resident).with(csrf()).with(user(data.user(staff)))
                        .param("flat", " Bâtiment B, appartement 3 "))
                .andExpect(flash().attribute("success", "verification.case.flat.corrected"));
        assertThat(jdbc.queryForObject("select flat from resident where id = ?", String.class, resident))
                .isEqualTo("Bâtiment B, appartement 3");
        assertThat(data.audits(resident, "STAFF_REVIEW", "FLAT_CORRECTED")).isEqualTo(1);
        mvc.perform(post("/admin/verifications/{id}/flat", 987654321L).with(csrf()).with(user(data.user(staff)))
                        .param("flat", "1"))
                .andExpect(status().isNotFound());
    }

    @Autowired org.springframework.transaction.PlatformTransactionManager transactionManager;
    @Autowired org.springframework.context.ApplicationEventPublisher events;

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signup(String address,
            String email, String flat) {
        return post("/signup/account").param("addressId", address).param("displayName", "Voisine des tours")
                .param("email", email).param("password", "une phrase de passe bien longue").param("flat", flat)
                .param("memberNumber", "").with(csrf());
    }
}
