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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.voisinage.directory.AddressImports;
import org.voisinage.notification.Outbox;

/**
 * The member register over time: a re-import reports who left; after the grace period they lose their verified
 * status, are told by email, and what they leave behind is closed or handed over, unless staff keep them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegisterLeaversTests {

    static final String POSTCODE = "95" + (100 + ThreadLocalRandom.current().nextInt(800));
    static final String TOWN = "Partance " + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36)
            .replaceAll("[0-9]", "q");
    static final double LON = -28.0 - ThreadLocalRandom.current().nextDouble(2);
    static final double LAT = 20.0 + ThreadLocalRandom.current().nextDouble(5);
    static final String STREET = "Rue du Départ";
    static boolean imported;

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService users;
    @Autowired AddressImports imports;
    @Autowired RegisterLeavers leavers;
    @Autowired Outbox outbox;

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
            for (int n = 1; n <= 5; n++) {
                lines.add(String.join(";", POSTCODE + "_dep_" + n, Integer.toString(n), "", STREET, POSTCODE, "95000",
                        TOWN, Double.toString(LON), Double.toString(LAT)));
            }
            var report = imports.importStream(
                    new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)), "dep.csv", "test");
            assertThat(report.rowsRejected()).isZero();
            imported = true;
        }
    }

    @Test
    void aLeaverLosesAccessAfterTheGracePeriodAndTheirOpenListingIsClosed() throws Exception {
        String leaving = Fixtures.unique("Q").toUpperCase();
        String staying = Fixtures.unique("Q").toUpperCase();
        String keptOne = Fixtures.unique("Q").toUpperCase();
        importRegister(leaving, staying, keptOne);
        long leaver = data.resident("RESIDENT", "VERIFIED", neighbourhood, POSTCODE + "_dep_1", leaving);
        long stayer = data.resident("RESIDENT", "VERIFIED", neighbourhood, POSTCODE + "_dep_2", staying);
        long kept = data.resident("RESIDENT", "VERIFIED", neighbourhood, POSTCODE + "_dep_3", keptOne);
        long listing = openListing(leaver);

        ImportReport report = importRegister(staying);
        assertThat(report.left()).contains(leaving, keptOne).doesNotContain(staying);
        mvc.perform(get("/admin/members").with(user(data.user(staff))))
                .andExpect(status().isOk()).andExpect(content().string(containsString(leaving)));

        // staff keep one of them, with a reason (refused without)
        mvc.perform(post("/admin/members/leavers/{n}/keep", keptOne).with(csrf()).with(user(data.user(staff)))
                        .param("reason", " "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attributeHasFieldErrorCode("keepForm", "reason", "NotBlank"));
        mvc.perform(post("/admin/members/leavers/{n}/keep", keptOne).with(csrf()).with(user(data.user(staff)))
                        .param("reason", "Erreur du registre : cotisation payée en retard"))
                .andExpect(flash().attribute("success", "verification.leavers.kept"));
        assertThat(data.audits(kept, "MEMBER_REGISTER", "KEPT")).isEqualTo(1);

        // within the grace period nothing changes
        leavers.withdrawLeaversPastGrace();
        assertThat(data.status(leaver)).isEqualTo("VERIFIED");

        jdbc.update("update member_register_entry set left_at = now() - interval '31 days' where member_number in (?, ?)",
                leaving, keptOne);
        leavers.withdrawLeaversPastGrace();
        assertThat(data.status(leaver)).isEqualTo("PENDING");
        assertThat(data.audits(leaver, "MEMBER_REGISTER", "LEFT")).isEqualTo(1);
        assertThat(data.status(stayer)).isEqualTo("VERIFIED");
        assertThat(data.status(kept)).isEqualTo("VERIFIED");

        String email = jdbc.queryForObject("select email from resident where id = ?", String.class, leaver);
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(jdbc.queryForObject("select expired_at is not null from listing where id = ?", Boolean.class,
                    listing)).as("their open listing is closed").isTrue();
            assertThat(outbox.latestTo(email)).hasValueSatisfying(
                    m -> assertThat(m.subject()).contains("plus membre vérifié"));
        });
        // members-only pages stop at once: the neighbours' list is for verified members
        mvc.perform(get("/voisins").with(user(data.user(stayer)))).andExpect(status().isOk());
        mvc.perform(get("/voisins").with(user(data.user(leaver)))).andExpect(status().isForbidden());
    }

    @Test
    void aMemberListedAgainIsBackAndNotReportedTwice() throws Exception {
        String a = Fixtures.unique("R").toUpperCase();
        String b = Fixtures.unique("R").toUpperCase();
        importRegister(a, b);
        assertThat(importRegister(a).left()).contains(b);
        assertThat(importRegister(a).left()).as("reported once").doesNotContain(b);
        assertThat(importRegister(a, b).left()).doesNotContain(b);
        assertThat(jdbc.queryForObject("select left_at is null from member_register_entry where member_number = ?",
                Boolean.class, b)).isTrue();
    }

    private long openListing(long author) {
        return jdbc.queryForObject("""
                insert into listing (author_id, neighbourhood_id, direction, kind, category, title, description, expires_on)
                values (?, ?, 'OFFER', 'SERVICE', 'DIY', 'Je monte vos meubles', 'Le samedi matin.', current_date + 20)
                returning id""", Long.class, author, neighbourhood);
    }

    private ImportReport importRegister(String... members) throws Exception {
        StringBuilder csv = new StringBuilder("member_number;name;number;street;postcode;town\n");
        int n = 1;
        for (String member : members) {
            csv.append(member).append(";Sociétaire;").append(n++).append(';').append(STREET).append(';')
                    .append(POSTCODE).append(';').append(TOWN).append('\n');
        }
        MvcResult result = mvc.perform(multipart("/admin/members").file(new MockMultipartFile("file", "m.csv", "text/csv",
                        csv.toString().getBytes(StandardCharsets.UTF_8))).with(csrf()).with(user(data.user(staff))))
                .andExpect(status().is3xxRedirection()).andReturn();
        return (ImportReport) result.getFlashMap().get("report");
    }
}
