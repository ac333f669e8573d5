package org.voisinage.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.voisinage.support.TestData;

/**
 * Every /admin and /moderation URL the controllers declare, for every method, × {anonymous, resident, moderator of
 * A, moderator of B, staff}, with a case, an appeal and a reported message of neighbourhood A in the URLs' ids:
 * anonymous people are sent to sign in; residents are refused; a moderator of B is refused A's case, appeal and
 * message (404, as if they did not exist) and all of /admin; a moderator of A gets past security on /moderation;
 * staff get everywhere.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestData.class)
class ModerationAccessMatrixTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void everyAdminAndModerationUrlFollowsTheRoleMatrix() throws Exception {
        ModerationFixtures fixtures = new ModerationFixtures(data, jdbc);
        long[] ids = fixtures.territoryAndTwoNeighbourhoods();
        long a = ids[1];
        long b = ids[2];
        long challenge = fixtures.challenge(ids[0], a, TestData.unique("Défi"));
        long author = data.resident("RESIDENT", "VERIFIED", a, null);
        long caseId = fixtures.caseWithAuthor(challenge, a, author);
        long appealId = jdbc.queryForObject("""
                insert into moderation_appeal (email, resident_id, neighbourhood_id, text, status, created_at)
                values (?, ?, ?, 'Pardon', 'OPEN', now()) returning id""", Long.class, data.emailOf(author), author, a);
        long messageId = reportedMessageBetweenResidentsOf(a);

        Map<String, UserDetails> people = new LinkedHashMap<>();
        people.put("resident of A", data.user(data.resident("RESIDENT", "VERIFIED", a, null)));
        people.put("moderator of A", data.user(fixtures.moderatorOf(a)));
        people.put("moderator of B", data.user(fixtures.moderatorOf(b)));
        people.put("staff", data.user(data.resident("STAFF", "VERIFIED", null, null)));

        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            for (String pattern : entry.getKey().getPatternValues()) {
                boolean moderation = pattern.startsWith("/moderation");
                if (!moderation && !pattern.startsWith("/admin")) {
                    continue;
                }
                String id = String.valueOf(pattern.startsWith("/moderation/appeals") ? appealId
                        : pattern.startsWith("/moderation/messages") ? messageId : caseId);
                String url = pattern.replaceAll("\\{[^}]+}", moderation ? id : "1");
                boolean namesAnItem = !url.equals(pattern);
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    checked++;
                    MockHttpServletResponse anonymous = call(method, url, null);
                    if (anonymous.getStatus() != 302 || !anonymous.getRedirectedUrl().endsWith("/login")) {
                        wrong.add(method + " " + url + " anonymous -> " + anonymous.getStatus());
                    }
                    for (var person : people.entrySet()) {
                        int status = call(method, url, person.getValue()).getStatus();
                        String who = person.getKey();
                        boolean ok = switch (who) {
                            case "resident of A" -> status == 403;
                            case "moderator of A" -> moderation ? status < 400 : status == 403;
                            case "moderator of B" -> !moderation ? status == 403
                                    : namesAnItem ? status == 404 : status < 400;
                            // staff get past security; the action itself may refuse an empty form (4xx)
                            default -> status != 401 && status != 403;
                        };
                        if (!ok || status >= 500) {
                            wrong.add(method + " " + url + " " + who + " -> " + status);
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(25);
        assertThat(wrong).isEmpty();
        // nothing was decided by the requests without a form
        assertThat(jdbc.queryForObject("select status from moderation_case where id = ?", String.class, caseId))
                .isEqualTo("OPEN");
    }

    /** A private message between two residents of the neighbourhood, reported: only its moderators may read it. */
    private long reportedMessageBetweenResidentsOf(long neighbourhood) {
        long one = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        long other = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        long conversation = jdbc.queryForObject("""
                insert into conversation (resident_low, resident_high, started_by, created_at, last_message_at)
                values (?, ?, ?, now(), now()) returning id""", Long.class, Math.min(one, other), Math.max(one, other), one);
        long message = jdbc.queryForObject("""
                insert into message (conversation_id, author_id, body, sent_at) values (?, ?, 'Insultes', now())
                returning id""", Long.class, conversation, one);
        jdbc.update("""
                insert into content_report (content_type, content_id, reporter_id, author_id, neighbourhood_id, reason,
                                            reported_title, reported_text, created_at, weight, reporter_verified)
                values ('MESSAGE', ?, ?, ?, ?, 'OFFENSIVE', 'Message', 'Insultes', now(), 1, true)""",
                message, other, one, neighbourhood);
        return message;
    }

    @Test
    void theAppealFormIsPublic() throws Exception {
        assertThat(mvc.perform(get("/recours")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    private MockHttpServletResponse call(RequestMethod method, String url, UserDetails person) throws Exception {
        MockHttpServletRequestBuilder request = method == RequestMethod.POST ? post(url).with(csrf()) : get(url);
        if (person != null) {
            request.with(user(person));
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
