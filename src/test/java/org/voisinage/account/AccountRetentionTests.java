package org.voisinage.account;

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

/** Emailed account links go voisinage.retention.expired-tokens (7 days) after they expired or were used. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class AccountRetentionTests {

    @Autowired RetentionDeletes retention;
    @Autowired RetentionRule expiredAccountLinks;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestData data;

    @Test
    void linksLongExpiredOrUsedGoAndRecentOrValidOnesStay() {
        long resident = data.resident("RESIDENT", "VERIFIED", null, null);
        token(resident, "expired-long-ago", "now() - interval '8 days'", null);
        token(resident, "used-long-ago", "now() + interval '1 hour'", "now() - interval '8 days'");
        token(resident, "expired-yesterday", "now() - interval '1 day'", null);
        token(resident, "used-yesterday", "now() + interval '1 hour'", "now() - interval '1 day'");
        token(resident, "valid", "now() + interval '1 hour'", null);

        assertThat(retention.apply(expiredAccountLinks)).isGreaterThanOrEqualTo(2);

        assertThat(jdbc.queryForList("select token_hash from account_token where resident_id = ? order by token_hash",
                String.class, resident))
                .containsExactly(resident + "-expired-yesterday", resident + "-used-yesterday", resident + "-valid");
    }

    private void token(long resident, String name, String expiresAt, String usedAt) {
        jdbc.update("insert into account_token (resident_id, purpose, token_hash, expires_at, used_at, created_at)"
                + " values (?, 'PASSWORD_RESET', ?, " + expiresAt + ", " + (usedAt == null ? "null" : usedAt)
                + ", now() - interval '30 days')", resident, resident + "-" + name);
    }
}
