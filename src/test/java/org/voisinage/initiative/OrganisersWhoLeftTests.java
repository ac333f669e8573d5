package org.voisinage.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.voisinage.account.Residents;
import org.voisinage.support.TestData;

/**
 * A register leaver's organiser roles pass to another organiser (the longest-standing becomes initiator); an
 * initiative left with no organiser is flagged to staff in the audit trail.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class OrganisersWhoLeftTests {

    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired Residents residents;

    @Test
    void aLeaversInitiativeGoesToItsCoOrganiserOrIsFlaggedToStaff() {
        long neighbourhood = data.neighbourhoodSomewhereIn(data.territory(), -60, 60, -40, 40);
        long leaver = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        long coOrganiser = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        long shared = initiative(neighbourhood, leaver);
        long alone = initiative(neighbourhood, leaver);
        member(shared, leaver, "INITIATOR");
        member(shared, coOrganiser, "CO_ORGANISER");
        member(alone, leaver, "INITIATOR");

        assertThat(residents.withdrawVerification(leaver)).isTrue();

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(role(shared, leaver)).isEqualTo("MEMBER");
            assertThat(role(alone, leaver)).isEqualTo("MEMBER");
        });
        assertThat(role(shared, coOrganiser)).as("handed over").isEqualTo("INITIATOR");
        assertThat(jdbc.queryForObject("select count(*) from audit_trail where action = ? and subject = ?",
                Integer.class, OrganisersWhoLeft.FLAG, "initiative:" + alone)).as("flagged to staff").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_trail where action = ? and subject = ?",
                Integer.class, OrganisersWhoLeft.FLAG, "initiative:" + shared)).isZero();
    }

    private long initiative(long neighbourhood, long author) {
        return jdbc.queryForObject("""
                insert into initiative (neighbourhood_id, title, description, summary, theme, status, longitude,
                                        latitude, created_by, carrier_name, created_at, last_activity_at)
                values (?, 'Jardin partagé', 'Un potager', 'Un potager', 'ECOLOGY', 'IDEA', 0, 0, ?, 'Voisin', now(),
                        now()) returning id""", Long.class, neighbourhood, author);
    }

    private void member(long initiative, long resident, String role) {
        jdbc.update("""
                insert into initiative_member (initiative_id, resident_id, display_name, role, joined_at)
                values (?, ?, 'Voisin', ?, now())""", initiative, resident, role);
    }

    private String role(long initiative, long resident) {
        return jdbc.queryForObject("select role from initiative_member where initiative_id = ? and resident_id = ?",
                String.class, initiative, resident);
    }
}
