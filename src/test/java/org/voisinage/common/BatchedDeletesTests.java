package org.voisinage.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.voisinage.support.TestData;

/** A retention delete walks its rows batch after batch until none is left, and only the rows it matches. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class BatchedDeletesTests {

    @Autowired JdbcTemplate jdbc;

    @Test
    void deletesEveryMatchingRowInBatchesAndNoOther() {
        String subject = TestData.unique("batched");
        for (int i = 0; i < 5; i++) {
            jdbc.update("insert into audit_trail (action, subject, at) values ('TEST', ?, now())", subject);
        }
        jdbc.update("insert into audit_trail (action, subject, at) values ('KEPT', ?, now())", subject);

        assertThat(BatchedDeletes.delete(jdbc, "audit_trail", "subject = ? and action = ?", 2, subject, "TEST"))
                .isEqualTo(5);

        assertThat(jdbc.queryForList("select action from audit_trail where subject = ?", String.class, subject))
                .containsExactly("KEPT");
    }
}
