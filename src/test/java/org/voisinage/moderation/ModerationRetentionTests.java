package org.voisinage.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.voisinage.common.RetentionDeletes;
import org.voisinage.common.RetentionRule;
import org.voisinage.support.TestData;

/** Staff's audit trail goes after voisinage.retention.audit-logs (730 days). */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class ModerationRetentionTests {

    @Autowired RetentionDeletes retention;
    @Autowired RetentionRule oldAuditTrail;
    @Autowired JdbcTemplate jdbc;

    @Test
    void entriesOlderThanTheRetentionGoAndYoungerOnesStay() {
        String old = TestData.unique("old-entry");
        String recent = TestData.unique("recent-entry");
        jdbc.update("insert into audit_trail (action, subject, at) values ('TEST', ?, now() - interval '731 days'),"
                + " ('TEST', ?, now() - interval '729 days')", old, recent);

        assertThat(retention.apply(oldAuditTrail)).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.queryForList("select subject from audit_trail where subject in (?, ?)", String.class, old,
                recent)).containsExactly(recent);
    }
}
