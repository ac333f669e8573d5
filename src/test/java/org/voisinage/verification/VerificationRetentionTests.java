package org.voisinage.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.voisinage.common.RetentionDeletes;
import org.voisinage.common.RetentionRule;
import org.voisinage.support.TestData;

/**
 * Letters go voisinage.retention.verification-letters (90 days) after they were used, revoked or expired; the
 * verification audit after voisinage.retention.audit-logs (730 days).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class VerificationRetentionTests {

    @Autowired RetentionDeletes retention;
    @Autowired RetentionRule oldVerificationLetters;
    @Autowired RetentionRule oldVerificationAudit;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestData data;

    @Test
    void lettersClosedOrExpiredLongAgoGoAndOthersStay() {
        long resident = data.resident("RESIDENT", "VERIFIED", null, null);
        long pending = data.resident("RESIDENT", "PENDING", null, null);
        long usedLongAgo = letter(resident, "USED", "now() - interval '91 days'", "now() - interval '60 days'");
        long revokedRecently = letter(resident, "REVOKED", "now() - interval '89 days'", "now() - interval '60 days'");
        long expiredLongAgo = letter(pending, "REVOKED", null, "now() - interval '91 days'");
        long stillValid = letter(pending, "SENT", null, "now() + interval '30 days'");

        assertThat(retention.apply(oldVerificationLetters)).isGreaterThanOrEqualTo(2);

        assertThat(jdbc.queryForList("select id from verification_letter where resident_id in (?, ?) order by id",
                Long.class, resident, pending)).containsExactly(revokedRecently, stillValid)
                .doesNotContain(usedLongAgo, expiredLongAgo);
    }

    @Test
    void auditOlderThanTheRetentionGoesAndYoungerStays() {
        long resident = data.resident("RESIDENT", "VERIFIED", null, null);
        jdbc.update("insert into verification_audit (resident_id, method, outcome, reason, created_at) values"
                + " (?, 'LETTER', 'VERIFIED', 'old', now() - interval '731 days'),"
                + " (?, 'LETTER', 'VERIFIED', 'recent', now() - interval '729 days')", resident, resident);

        assertThat(retention.apply(oldVerificationAudit)).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.queryForList("select reason from verification_audit where resident_id = ?", String.class,
                resident)).containsExactly("recent");
    }

    private long letter(long resident, String status, String closedAt, String expiresAt) {
        return jdbc.queryForObject("insert into verification_letter (resident_id, batch_id, code_salt, code_hash, status,"
                + " created_at, expires_at, closed_at) values (?, ?, 'salt', 'hash', ?, now() - interval '200 days', "
                + expiresAt + ", " + (closedAt == null ? "null" : closedAt) + ") returning id", Long.class, resident,
                UUID.randomUUID(), status);
    }
}
