package org.voisinage.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.voisinage.support.TestData;

/**
 * The staff dashboard's resident numbers come from counts a trigger keeps (V340), not from counting every resident:
 * they stay equal to the residents' own counts through sign-ups, verifications, rejections, moves and erasures, for
 * the whole site and for a territory-limited staff member's neighbourhoods.
 */
@SpringBootTest
@Import(TestData.class)
class DashboardResidentCountsTests {

    @Autowired Residents residents;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theCountsFollowEveryChangeOfStatusOrNeighbourhood() {
        long territory = data.territory();
        long here = data.neighbourhoodSomewhereIn(territory, 20, 21, -40, -39);
        long there = data.neighbourhoodSomewhereIn(territory, 21, 22, -40, -39);
        long admin = data.resident("ADMIN", "VERIFIED", null, null);
        long staff = data.resident("STAFF", "VERIFIED", null, null);
        jdbc.update("insert into staff_territory (resident_id, territory_id) values (?, ?)", staff, territory);
        assertCountsAsCounted(admin, staff, here, there);

        long first = data.resident("RESIDENT", "PENDING", here, null);
        long second = data.resident("RESIDENT", "PENDING", here, null);
        long third = data.resident("RESIDENT", "VERIFIED", there, null);
        assertThat(residents.stats(residents.viewer(staff))).isEqualTo(new Residents.Stats(2, 1, 0, 0));
        assertCountsAsCounted(admin, staff, here, there);

        jdbc.update("update resident set status = 'VERIFIED' where id = ?", first);
        jdbc.update("update resident set status = 'REJECTED' where id = ?", second);
        jdbc.update("update resident set neighbourhood_id = ? where id = ?", here, third);
        jdbc.update("update resident set display_name = display_name, status = status where id = ?", first);
        assertThat(residents.stats(residents.viewer(staff))).isEqualTo(new Residents.Stats(0, 2, 1, 0));
        assertCountsAsCounted(admin, staff, here, there);

        jdbc.update("update resident set neighbourhood_id = null where id = ?", third);
        jdbc.update("delete from resident where id = ?", second);
        assertThat(residents.stats(residents.viewer(staff))).isEqualTo(new Residents.Stats(0, 1, 0, 0));
        assertCountsAsCounted(admin, staff, here, there);
    }

    /** The dashboard's numbers, the whole site's and the limited staff member's, as counting the residents says. */
    private void assertCountsAsCounted(long admin, long staff, long here, long there) {
        assertThat(residents.stats(residents.viewer(admin))).isEqualTo(new Residents.Stats(
                counted("true", "PENDING"), counted("true", "VERIFIED"), counted("true", "REJECTED"),
                jdbc.queryForObject("select count(*) from waitlist_entry", Long.class)));
        String theirs = "neighbourhood_id in (" + here + ", " + there + ")";
        assertThat(residents.stats(residents.viewer(staff))).isEqualTo(new Residents.Stats(
                counted(theirs, "PENDING"), counted(theirs, "VERIFIED"), counted(theirs, "REJECTED"), 0));
    }

    private long counted(String where, String status) {
        return jdbc.queryForObject("select count(*) from resident where " + where + " and status = ?", Long.class,
                status);
    }
}
