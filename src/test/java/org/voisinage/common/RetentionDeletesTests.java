package org.voisinage.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.voisinage.support.TestData;

/**
 * A retention delete walks its rows batch after batch until none is left, and only the rows it matches; the nightly
 * job applies every module's rule.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class RetentionDeletesTests {

    @Autowired JdbcTemplate jdbc;
    @Autowired java.util.List<RetentionRule> rules;

    @Test
    void deletesEveryMatchingRowInBatchesAndNoOther() {
        String subject = TestData.unique("batched");
        for (int i = 0; i < 5; i++) {
            jdbc.update("insert into audit_trail (action, subject, at) values ('TEST', ?, now())", subject);
        }
        jdbc.update("insert into audit_trail (action, subject, at) values ('KEPT', ?, now())", subject);

        assertThat(RetentionDeletes.deleteInBatches(jdbc, "audit_trail", "subject = ? and action = ?", 2, subject, "TEST"))
                .isEqualTo(5);

        assertThat(jdbc.queryForList("select action from audit_trail where subject = ?", String.class, subject))
                .containsExactly("KEPT");
    }

    @Test
    void everyModuleDeclaresItsRules() {
        assertThat(rules).extracting(RetentionRule::table).contains("account_token", "topic_activity",
                "follow_request", "audit_trail", "verification_letter", "verification_audit");
    }
}
