package org.voisinage.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.support.TestData;

/** The audit log: filters, pagination, CSV export safe for spreadsheets, bad filters answered with messages. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class AuditLogTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired AuditTrail audit;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired java.time.Clock clock;
    /** The filter reads its days in the site's zone: "today" must be the site's today, whatever the JVM's zone. */
    @org.springframework.beans.factory.annotation.Value("${voisinage.time-zone:Europe/Paris}") java.time.ZoneId siteZone;

    @Test
    void staffFilterTheLogByActorActionAndDays() throws Exception {
        long actor = data.resident("STAFF", "VERIFIED", null, null);
        long someoneElse = data.resident("MODERATOR", "VERIFIED", null, null);
        String mine = TestData.unique("mine");
        String theirs = TestData.unique("theirs");
        audit.record(actor, "moderation.hide", "challenge:-1", mine);
        audit.record(someoneElse, "moderation.hide", "challenge:-2", theirs);
        var staff = data.user(actor);
        LocalDate siteToday = LocalDate.now(clock.withZone(siteZone));
        String today = siteToday.toString();
        mvc.perform(get("/admin/audit").with(user(staff)).param("actor", data.emailOf(actor))
                        .param("action", "moderation.").param("from", today).param("to", today))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(mine)))
                .andExpect(content().string(Matchers.not(Matchers.containsString(theirs))));
        mvc.perform(get("/admin/audit").with(user(staff)).param("action", "announcement."))
                .andExpect(content().string(Matchers.not(Matchers.containsString(mine))));
        mvc.perform(get("/admin/audit").with(user(staff)).param("to", siteToday.minusDays(1).toString()))
                .andExpect(content().string(Matchers.not(Matchers.containsString(mine))));
    }

    @Test
    void everyStaffActionOnTheStaffPagesIsInTheTrailOnce() throws Exception {
        long staffId = data.resident("STAFF", "VERIFIED", null, null);
        long pending = data.resident("RESIDENT", "PENDING", null, null);
        String why = TestData.unique("adresse inconnue");
        // an action of the issue 2 pages, which write no line of their own: the request is the line
        mvc.perform(post("/admin/verifications/" + pending + "/reject").with(user(data.user(staffId))).with(csrf())
                        .param("reason", why))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList("select action || ' ' || subject || ' ' || reason from audit_trail where actor_id = ?",
                String.class, staffId))
                .containsExactly("request.post /admin/verifications/" + pending + "/reject " + why);
        // a form refused (nothing done) writes nothing
        mvc.perform(post("/admin/verifications/" + pending + "/reject").with(user(data.user(staffId))).with(csrf())
                        .param("reason", ""))
                .andExpect(status().is4xxClientError());
        assertThat(jdbc.queryForObject("select count(*) from audit_trail where actor_id = ?", Long.class, staffId))
                .isOne();
    }

    @Test
    void theCsvExportEscapesQuotesAndNeutralisesFormulas() throws Exception {
        long actor = data.resident("STAFF", "VERIFIED", null, null);
        String marker = TestData.unique("csv");
        audit.record(actor, "moderation.warn", "listing:-7", "=HYPERLINK(\"http://evil\",\"" + marker + "\")");
        String csv = mvc.perform(get("/admin/audit/export").with(user(data.user(actor)))
                        .param("actor", data.emailOf(actor)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.containsString("audit.csv")))
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("\"at\",\"actor_id\"");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"" + marker + "\"\")\"");
    }

    @Test
    void badFiltersGetMessagesNotErrors() throws Exception {
        var staff = data.user(data.resident("STAFF", "VERIFIED", null, null));
        mvc.perform(get("/admin/audit").with(user(staff)).param("from", "2026-13-45"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("filter", "from"));
        mvc.perform(get("/admin/audit").with(user(staff)).param("actor", "nobody").param("action", "DROP TABLE"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("filter", "actor", "action"));
        mvc.perform(get("/admin/audit").with(user(staff)).param("from", "2026-05-02").param("to", "2026-05-01"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("filter", "to", "moderation.audit.to.beforeFrom"));
        mvc.perform(get("/admin/audit/export").with(user(staff)).param("from", "yesterday"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/admin/audit").with(user(staff)).param("actor", "unknown-" + TestData.unique("x") + "@x.test"))
                .andExpect(status().isOk()).andExpect(model().attributeHasNoErrors("filter"));
    }
}
