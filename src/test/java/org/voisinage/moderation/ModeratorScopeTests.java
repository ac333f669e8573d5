package org.voisinage.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.voisinage.support.TestData;

/** A moderator's scope is Viewer.moderates: their own neighbourhoods, nothing once sanctioned; staff everything. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class ModeratorScopeTests {

    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired Moderation moderation;

    @Test
    void aModeratorCoversTheirNeighbourhoodsOnlyAndNothingWhileSuspended() {
        ModerationFixtures fixtures = new ModerationFixtures(data, jdbc);
        long[] ids = fixtures.territoryAndTwoNeighbourhoods();
        long moderator = fixtures.moderatorOf(ids[1]);
        assertThat(moderation.scopeOf(moderator).covers(ids[1])).isTrue();
        assertThat(moderation.scopeOf(moderator).covers(ids[2])).isFalse();
        assertThat(moderation.scopeOf(moderator).covers(null)).isFalse();
        jdbc.update("""
                update resident set suspended_until = now() + interval '3 days', sanction_reason = 'abus'
                where id = ?""", moderator);
        assertThat(moderation.scopeOf(moderator).covers(ids[1])).isFalse();
        long staff = data.resident("STAFF", "VERIFIED", null, null);
        assertThat(moderation.scopeOf(staff).covers(ids[2])).isTrue();
        assertThat(moderation.scopeOf(staff).covers(null)).isTrue();
        // a resident who keeps rows of a former moderation role moderates nothing
        long former = data.resident("RESIDENT", "VERIFIED", ids[1], null);
        jdbc.update("insert into moderator_neighbourhood (resident_id, neighbourhood_id) values (?, ?)", former,
                ids[1]);
        assertThat(moderation.scopeOf(former).covers(ids[1])).isFalse();
    }
}
