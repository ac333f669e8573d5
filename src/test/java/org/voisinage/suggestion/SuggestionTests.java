package org.voisinage.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.moderation.ContentRef;
import org.voisinage.moderation.ContentType;
import org.voisinage.moderation.Reports;
import org.voisinage.support.MailTestSupport;
import org.voisinage.support.TestData;

/** Needs: raising, one support each, staff answers told to author and supporters, members-only pages, moderation. */
class SuggestionTests extends MailTestSupport {

    @Autowired MockMvc mvc;
    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired TestData data;
    @Autowired Suggestions suggestions;
    @Autowired SuggestionModeration moderation;
    @Autowired Reports reports;
    @Autowired JdbcTemplate jdbc;

    long here;
    long elsewhere;
    long author;
    long neighbour;
    long staff;

    @BeforeEach
    void place() {
        long[] neighbourhoods = data.twoNeighbourhoods(data.territory(), -140, -50);
        here = neighbourhoods[0];
        elsewhere = neighbourhoods[1];
        author = data.resident("RESIDENT", "VERIFIED", here, null);
        neighbour = data.resident("RESIDENT", "VERIFIED", here, null);
        staff = data.resident("STAFF", "VERIFIED", null, null);
    }

    long raise() {
        return suggestions.raise(author, new SuggestionForm("Un banc " + TestData.unique("b"), "Près de l'arrêt de bus.",
                SuggestionCategory.BENCH, null));
    }

    @Test
    void aResidentRaisesANeedThroughTheForm() throws Exception {
        mvc.perform(post("/besoins").with(user(data.user(author))).with(csrf())
                        .param("title", "Éclairage du passage").param("text", "Très sombre le soir.")
                        .param("category", "LIGHTING").param("building", ""))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/besoins/*"));
        mvc.perform(get("/besoins").with(user(data.user(neighbour))))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Éclairage du passage")));
    }

    @Test
    void aMissingCategoryOrTitleIsAClearMessageNotAServerError() throws Exception {
        mvc.perform(post("/besoins").with(user(data.user(author))).with(csrf()).param("title", "").param("text", "x")
                        .param("category", "NOT_A_CATEGORY"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("field__error")));
    }

    @Test
    void aNeighbourSupportsOnceAndIsToldWhenSupportingTwice() throws Exception {
        long id = raise();
        mvc.perform(post("/besoins/" + id + "/soutien").with(user(data.user(neighbour))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/besoins/" + id + "/soutien").with(user(data.user(neighbour))).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("un soutien par personne")));
        assertThat(suggestions.page(id, residentView(neighbour)).supports()).isEqualTo(1);
        // the author's own need already counts for them
        mvc.perform(post("/besoins/" + id + "/soutien").with(user(data.user(author))).with(csrf()))
                .andExpect(status().isConflict());
    }

    @Test
    void aStaffAnswerWithoutStatusIsRefusedClearly() throws Exception {
        long id = raise();
        mvc.perform(post("/admin/besoins/" + id + "/reponse").with(user(data.user(staff))).with(csrf())
                        .param("message", "Nous regardons."))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Choisissez l&#39;état")));
    }

    @Test
    void eachAnswerJoinsTheHistoryAndReachesAuthorAndSupporters() throws Exception {
        long id = raise();
        suggestions.support(id, neighbour);
        mvc.perform(post("/admin/besoins/" + id + "/reponse").with(user(data.user(staff))).with(csrf())
                        .param("status", "UNDER_STUDY").param("message", "Nous regardons avec la métropole."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/besoins/" + id + "/reponse").with(user(data.user(staff))).with(csrf())
                        .param("status", "PLANNED").param("message", "Installation au printemps."))
                .andExpect(status().is3xxRedirection());
        for (long told : new long[] {author, neighbour}) {
            String email = data.emailOf(told);
            // the two answers' emails are queued by listeners running apart: the second may be queued first
            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("""
                    select count(*) from outbox_email where lower(recipient) = lower(?)
                    and body_text like '%Installation au printemps%'""", Long.class, email) == 1);
        }
        // and delivered over SMTP to the author and the supporter
        org.voisinage.notification.OutboxDelivery.sendDue(context);
        for (long told : new long[] {author, neighbour}) {
            assertThat(smtp.getReceivedMessagesForDomain(data.emailOf(told))).hasSizeGreaterThanOrEqualTo(2);
        }
        var page = suggestions.page(id, residentView(neighbour));
        assertThat(page.status()).isEqualTo(SuggestionStatus.PLANNED);
        assertThat(page.answers()).extracting(SuggestionViews.Answer::status)
                .containsExactly(SuggestionStatus.UNDER_STUDY, SuggestionStatus.PLANNED);
        mvc.perform(get("/besoins/" + id).with(user(data.user(neighbour))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Nous regardons avec la métropole.")));
    }

    @Test
    void anotherNeighbourhoodsNeedsAreMembersOnly() throws Exception {
        long id = raise();
        long stranger = data.resident("RESIDENT", "VERIFIED", elsewhere, null);
        long pending = data.resident("RESIDENT", "PENDING", here, null);
        mvc.perform(get("/besoins/" + id).with(user(data.user(stranger)))).andExpect(status().isNotFound());
        mvc.perform(get("/besoins/" + id).with(user(data.user(pending)))).andExpect(status().isNotFound());
        mvc.perform(get("/besoins").param("neighbourhood", Long.toString(here)).with(user(data.user(stranger))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/besoins/" + id + "/soutien").with(user(data.user(stranger))).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/besoins/" + id)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/besoins").with(user(data.user(neighbour)))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/besoins/" + id).with(user(data.user(staff)))).andExpect(status().isOk());
    }

    @Test
    void aHiddenNeedLeavesTheListButItsAuthorSeesWhy() throws Exception {
        long id = raise();
        assertThat(reports.reportable(new ContentRef(ContentType.NEED, id), neighbour).authorId()).isEqualTo(author);
        moderation.hide(id, "Propos déplacés");
        mvc.perform(get("/besoins").with(user(data.user(neighbour))))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("/besoins/" + id + "\""))));
        mvc.perform(get("/besoins/" + id).with(user(data.user(neighbour)))).andExpect(status().isNotFound());
        mvc.perform(get("/besoins/" + id).with(user(data.user(author))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Propos déplacés")));
    }

    private org.voisinage.account.ResidentView residentView(long id) {
        return new org.voisinage.account.ResidentView(id, "x", "x", org.voisinage.account.Role.RESIDENT,
                org.voisinage.account.ResidentStatus.VERIFIED, here, null, null, null);
    }
}
