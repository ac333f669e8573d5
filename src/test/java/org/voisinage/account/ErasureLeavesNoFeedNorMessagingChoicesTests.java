package org.voisinage.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.voisinage.support.TestData;

/**
 * Deleting an account also ends its calendar feed link (agenda) and its messaging choices (emails about new messages,
 * whom it blocked), each module erasing its own part on ResidentErased.
 */
@SpringBootTest
// unused MockMvc: the annotations of the other tests, so that they share one cached context
@AutoConfigureMockMvc
@Import(TestData.class)
class ErasureLeavesNoFeedNorMessagingChoicesTests {

    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired AccountErasure erasure;

    @Test
    void theFeedTokenAndTheMessagingChoicesGoWithTheAccount() {
        long neighbourhood = data.neighbourhoodSomewhereIn(data.territory(), -60, 60, -40, 40);
        long resident = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        long neighbour = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        jdbc.update("insert into agenda_feed_token (resident_id, token, created_at) values (?, ?, now())", resident,
                TestData.unique("feed"));
        jdbc.update("insert into messaging_preference (resident_id, email_notifications) values (?, false)", resident);
        jdbc.update("insert into resident_block (blocker_id, blocked_id, created_at) values (?, ?, now())", resident,
                neighbour);

        erasure.eraseOwn(resident, "secret-password");

        assertThat(jdbc.queryForObject("select count(*) from agenda_feed_token where resident_id = ?", Integer.class,
                resident)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from messaging_preference where resident_id = ?", Integer.class,
                resident)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from resident_block where blocker_id = ?", Integer.class,
                resident)).isZero();
    }
}
