package org.voisinage.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.support.SessionCookies;
import org.voisinage.support.StatementCounter;
import org.voisinage.support.TestData;

/**
 * What a signed-in request costs in session statements (issue 12): the session is read once, and written only when
 * something in it changed or its stored last access is older than {@link SessionConfiguration#LAST_ACCESS_PRECISION}.
 * Real PostgreSQL, the real filters, the browser's cookies.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({TestData.class, StatementCounter.Installation.class})
class SessionStatementsTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aSignedInRequestReadsTheSessionOnceAndWritesNothingWhenOnlyItsRecentLastAccessWouldMove() throws Exception {
        long id = data.resident("RESIDENT", "VERIFIED", null, null);
        Cookie[] browser = SessionCookies.signIn(mvc, data.emailOf(id), "secret-password", false);
        String sessionId = SessionCookies.sessionId(browser);

        List<String> first = sessionStatements(browser);
        assertThat(reads(first)).as(first.toString()).isEqualTo(1);

        List<String> second = sessionStatements(browser);
        assertThat(reads(second)).as(second.toString()).isEqualTo(1);
        assertThat(writes(second)).as(second.toString()).isZero();

        // once the stored last access is older than the precision, the next request moves it (and only it)
        jdbc.update("update spring_session set last_access_time = last_access_time - ?, expiry_time = expiry_time - ?"
                + " where session_id = ?", 2 * SessionConfiguration.LAST_ACCESS_PRECISION.toMillis(),
                2 * SessionConfiguration.LAST_ACCESS_PRECISION.toMillis(), sessionId);
        long before = lastAccess(sessionId);
        List<String> later = sessionStatements(browser);
        assertThat(reads(later)).isEqualTo(1);
        assertThat(writes(later)).as(later.toString()).isEqualTo(1);
        assertThat(lastAccess(sessionId)).isGreaterThan(before + SessionConfiguration.LAST_ACCESS_PRECISION.toMillis());
    }

    private List<String> sessionStatements(Cookie[] browser) throws Exception {
        StatementCounter.reset();
        mvc.perform(get("/about").cookie(browser)).andExpect(status().isOk());
        return StatementCounter.statements().stream()
                .filter(sql -> sql.toUpperCase(Locale.ROOT).contains("SPRING_SESSION")).toList();
    }

    private static long reads(List<String> statements) {
        return statements.stream().filter(sql -> sql.stripLeading().toUpperCase(Locale.ROOT).startsWith("SELECT")).count();
    }

    private static long writes(List<String> statements) {
        return statements.size() - reads(statements);
    }

    private long lastAccess(String sessionId) {
        return jdbc.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class,
                sessionId);
    }
}
