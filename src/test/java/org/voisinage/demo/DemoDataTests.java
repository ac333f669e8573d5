package org.voisinage.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assumptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.VoisinageApplication;

/** Each case gets a database of its own on the embedded server, empty as on a first start. */
class DemoDataTests {

    @BeforeAll
    static void embeddedOnly() {
        Assumptions.assumeTrue(System.getProperty("spring.datasource.url") == null,
                "needs the embedded PostgreSQL to create an empty database of its own");
    }

    @Nested
    @SpringBootTest(properties = {"voisinage.demo.enabled=true", "voisinage.embedded-postgres.database=demo_seeded"})
    @AutoConfigureMockMvc
    class FirstStart {

        @Autowired JdbcTemplate jdbc;
        @Autowired MockMvc mvc;

        @Test
        void seedsATerritoryNeighbourhoodsAddressesAndPeopleWhoCanSignIn() throws Exception {
            assertThat(jdbc.queryForObject("select count(*) from territory", Long.class)).isOne();
            assertThat(jdbc.queryForObject("select count(*) from neighbourhood", Long.class)).isEqualTo(3);
            assertThat(jdbc.queryForObject("select count(*) from address", Long.class)).isGreaterThan(400);
            assertThat(jdbc.queryForList("select email from resident", String.class)).containsAll(DemoData.emails());
            assertThat(jdbc.queryForObject("select status from resident where email = 'samir@demo.voisinage.test'", String.class))
                    .isEqualTo("PENDING");
            assertThat(jdbc.queryForObject("select count(*) from waitlist_entry", Long.class)).isOne();
            assertThat(jdbc.queryForList("select kind from listing", String.class))
                    .contains("LEND", "RIDE_SHARE", "GOOD_DEAL");
            // the agenda: three events, the challenge's apéro full with a waitlist
            assertThat(jdbc.queryForObject("select count(*) from agenda_event", Long.class)).isEqualTo(3);
            assertThat(jdbc.queryForObject("select count(*) from agenda_event where host_type = 'challenge' and going_count = capacity",
                    Long.class)).isOne();
            assertThat(jdbc.queryForObject("select count(*) from agenda_rsvp where status = 'WAITLISTED'", Long.class)).isPositive();
            // the directory: a bakery with a deal and two recommendations, an association with a member
            assertThat(jdbc.queryForObject("select count(*) from organisation_deal", Long.class)).isOne();
            assertThat(jdbc.queryForObject("select count(*) from recommendation", Long.class)).isEqualTo(2);
            assertThat(jdbc.queryForObject("""
                    select count(*) from organisation_member m join organisation o on o.id = m.organisation_id
                    where o.kind = 'ASSOCIATION'""", Long.class)).isOne();
            assertThat(jdbc.queryForObject("select count(*) from message", Long.class)).isEqualTo(3);
            assertThat(jdbc.queryForObject("select count(*) from thanks", Long.class)).isOne();
            mvc.perform(formLogin("/login").user("camille@demo.voisinage.test").password(DemoData.PASSWORD))
                    .andExpect(authenticated());
        }
    }

    /**
     * Started as an operator would, with no {@code voisinage.demo.enabled} anywhere (the test JVM's switch,
     * off for every other test, is lifted for the start).
     */
    @Nested
    class WithoutSwitch {

        @Test
        void theEmbeddedDatabaseOfTheReadmesFirstCommandGetsTheDemo() {
            assertThat(residentEmails("--voisinage.embedded-postgres.database=demo_by_default"))
                    .containsAll(DemoData.emails());
        }

        @Test
        void aDatabaseGivenBySpringDatasourceUrlGetsNoDemoAccount() throws IOException {
            try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
                assertThat(residentEmails("--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres", "--spring.datasource.password=postgres")).isEmpty();
            }
        }

        private List<String> residentEmails(String... arguments) {
            String switchOfTheTests = System.clearProperty("voisinage.demo.enabled");
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(VoisinageApplication.class)
                    .properties("server.port=0").run(arguments)) {
                return context.getBean(JdbcTemplate.class).queryForList("select email from resident", String.class);
            } finally {
                System.setProperty("voisinage.demo.enabled", switchOfTheTests);
            }
        }
    }

    @Nested
    @SpringBootTest(properties = {"voisinage.demo.enabled=true", "voisinage.embedded-postgres.database=demo_prod"})
    @ActiveProfiles("prod")
    class InProduction {

        @Autowired JdbcTemplate jdbc;

        @Test
        void seedsNothing() {
            assertThat(jdbc.queryForObject("select count(*) from territory", Long.class)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from resident", Long.class)).isZero();
        }
    }
}
