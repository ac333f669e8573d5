package org.voisinage.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.messaging.MessagingTestConfiguration.Place;
import org.voisinage.messaging.MessagingTestConfiguration.Places;
import org.voisinage.support.StatementCounter;
import org.voisinage.messaging.MessagingTestConfiguration.TestSubjects;
import org.voisinage.moderation.ContentRef;
import org.voisinage.moderation.ContentType;
import org.voisinage.moderation.ReportReason;
import org.voisinage.moderation.Reports;
import org.voisinage.support.TestData;

/** Conversations through their pages: starting and reusing, htmx and plain posts, validation, unread counts, paging. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MessagingTestConfiguration.class)
class ConversationWebTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired Places places;
    @Autowired TestSubjects subjects;
    @Autowired Conversations conversations;
    @Autowired ConversationStarting starting;
    @Autowired MessageSending sending;
    @Autowired Reports reports;
    @Autowired JdbcTemplate jdbc;

    Place place;
    long author;
    long neighbour;
    SubjectSummary drill;

    @BeforeEach
    void twoNeighboursAndAListing() {
        place = places.create();
        author = place.settledResident();
        neighbour = place.settledResident();
        drill = subjects.add(author, place.neighbourhood(), true);
    }

    @Test
    void contactFromASubjectStartsOneConversationAndReusesIt() throws Exception {
        mvc.perform(get("/messages/nouveau").param("sujet", "test-subject").param("id", "" + drill.id())
                        .with(user(data.user(neighbour))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(drill.title())))
                .andExpect(content().string(not(containsString("style="))));
        String location = mvc.perform(post("/messages/nouveau").param("sujet", "test-subject").param("id", "" + drill.id())
                        .param("text", "Bonjour, la perceuse est-elle libre samedi ?")
                        .with(user(data.user(neighbour))).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/messages/\\d+");
        mvc.perform(get("/messages/nouveau").param("sujet", "test-subject").param("id", "" + drill.id())
                        .with(user(data.user(neighbour))))
                .andExpect(redirectedUrl(location));
        mvc.perform(get(location).with(user(data.user(author))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bonjour, la perceuse est-elle libre samedi ?")))
                .andExpect(content().string(containsString("/signaler/message/")));
    }

    @Test
    void aMessageIsSentWithHtmxAsAFragmentAndWithoutAsARedirect() throws Exception {
        long id = starting.start(neighbour, "test-subject", drill.id(), null, "Bonjour");
        mvc.perform(post("/messages/" + id).param("text", "Par htmx").header("HX-Request", "true")
                        .with(user(data.user(author))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-swap-oob=\"beforeend:#messages\"")))
                .andExpect(content().string(containsString("Par htmx")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(post("/messages/" + id).param("text", "Sans JavaScript").with(user(data.user(author))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/messages/" + id).with(user(data.user(neighbour))))
                .andExpect(content().string(containsString("Par htmx")))
                .andExpect(content().string(containsString("Sans JavaScript")));
    }

    @Test
    void emptyAndTenThousandCharacterMessagesAreRefusedWithATranslatedMessage() throws Exception {
        long id = starting.start(neighbour, "test-subject", drill.id(), null, "Bonjour");
        mvc.perform(post("/messages/" + id).param("text", "   ").with(user(data.user(author))).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Écrivez un message avant de l’envoyer.")));
        mvc.perform(post("/messages/" + id).param("text", "x".repeat(10_000)).with(user(data.user(author))).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("ne peut pas dépasser 4 000 caractères")));
        mvc.perform(post("/messages/" + id).param("text", "x".repeat(10_000)).header("HX-Request", "true")
                        .with(user(data.user(author))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ne peut pas dépasser 4 000 caractères")));
        mvc.perform(post("/messages/nouveau").param("resident", "" + author).param("text", "y".repeat(10_000))
                        .with(user(data.user(neighbour))).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("ne peut pas dépasser 4 000 caractères")));
        assertThat(jdbc.queryForObject("select count(*) from message where conversation_id = ?", Long.class, id))
                .isEqualTo(1);
    }

    @Test
    void theHeaderCountsUnreadMessagesUntilTheConversationIsRead() throws Exception {
        long id = starting.start(neighbour, "test-subject", drill.id(), null, "Un");
        sending.send(id, neighbour, "Deux");
        assertThat(conversations.unreadCount(author)).isEqualTo(2);
        assertThat(conversations.unreadCount(neighbour)).isZero();
        mvc.perform(get("/messages").with(user(data.user(author))))
                .andExpect(content().string(containsString("inbox__row--unread")))
                .andExpect(content().string(containsString("<span class=\"badge badge--count\" title=\"2 non lus\">2</span>")));
        mvc.perform(get("/messages/" + id).with(user(data.user(author)))).andExpect(status().isOk());
        assertThat(conversations.unreadCount(author)).isZero();
    }

    @Test
    void aThousandMessagesArePagedWithAConstantNumberOfStatements() throws Exception {
        long small = starting.start(neighbour, "test-subject", drill.id(), null, "premier");
        sending.send(small, author, "deuxième");
        sending.send(small, neighbour, "troisième");
        long big = starting.start(author, null, null, neighbour, "message 1");
        jdbc.update("""
                insert into message (conversation_id, author_id, body, sent_at)
                select ?, case when g % 2 = 0 then ? else ? end, 'message ' || g, now() + g * interval '1 second'
                from generate_series(2, 1000) g""", big, author, neighbour);

        StatementCounter.reset();
        mvc.perform(get("/messages/" + small).with(user(data.user(author)))).andExpect(status().isOk());
        int forThree = StatementCounter.count();
        StatementCounter.reset();
        String latest = mvc.perform(get("/messages/" + big).with(user(data.user(author))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int forThousand = StatementCounter.count();
        System.out.printf("Conversation page: %d statements for 3 messages, %d for 1,000%n", forThree, forThousand);
        assertThat(forThousand).isEqualTo(forThree);

        assertThat(latest).contains("message 1000").contains("message 971").doesNotContain("message 970<")
                .contains("page=1");
        assertThat(latest.split("class=\"message card").length - 1).isEqualTo(Conversations.PAGE_SIZE);
        String oldest = mvc.perform(get("/messages/" + big).param("page", "33").with(user(data.user(author))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(oldest).contains("message 1<").contains("message 10<").doesNotContain("page=34");
    }

    @Test
    void strangersStaffAndModeratorsFindNoConversationUrl() throws Exception {
        long id = starting.start(neighbour, "test-subject", drill.id(), null, "Privé");
        long messageId = jdbc.queryForObject("select max(id) from message where conversation_id = ?", Long.class, id);
        long stranger = place.settledResident();
        long staff = data.resident("ADMIN", "VERIFIED", null, null);
        long moderator = moderatorOf(place.neighbourhood());
        for (long someone : new long[] {stranger, staff, moderator}) {
            var who = user(data.user(someone));
            mvc.perform(get("/messages/" + id).with(who)).andExpect(status().isNotFound());
            mvc.perform(get("/messages/" + id).param("page", "1").with(who)).andExpect(status().isNotFound());
            mvc.perform(post("/messages/" + id).param("text", "intrus").with(who).with(csrf()))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/messages/" + id).param("text", "intrus").header("HX-Request", "true").with(who).with(csrf()))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/messages/" + id + "/fait").with(who).with(csrf())).andExpect(status().isNotFound());
            mvc.perform(post("/messages/" + id + "/confirmer").with(who).with(csrf())).andExpect(status().isNotFound());
            mvc.perform(get("/signaler/message/" + messageId).with(who)).andExpect(status().isNotFound());
            mvc.perform(get("/messages").with(who)).andExpect(content().string(not(containsString("Privé"))));
        }
        mvc.perform(get("/messages/" + id)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/moderation/messages/" + messageId).with(user(data.user(stranger))))
                .andExpect(status().isForbidden());
        // a moderator reads a private message only once it was reported, and that reading is logged
        mvc.perform(get("/moderation/messages/" + messageId).with(user(data.user(moderator))))
                .andExpect(status().isNotFound());
        reports.report(author, new ContentRef(ContentType.MESSAGE, messageId), ReportReason.OFFENSIVE, "insultant");
        mvc.perform(get("/moderation/messages/" + messageId).with(user(data.user(moderator))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Privé")));
        assertThat(jdbc.queryForObject("select count(*) from audit_trail where actor_id = ? and action = 'messaging.read'"
                + " and subject = ?", Long.class, moderator, "message:" + messageId)).isEqualTo(1);
        assertThat(mvc.perform(get("/messages/" + id).with(user(data.user(moderator)))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    void onlyStaffAndModeratorsOfEitherResidentsNeighbourhoodReadAReportedMessage() throws Exception {
        Place elsewhere = places.create();
        long farAway = elsewhere.settledResident();
        // met through a subject whose reach covers their neighbourhood (as a listing's radius does)
        subjects.reach(drill.id(), elsewhere.neighbourhood());
        long id = starting.start(farAway, "test-subject", drill.id(), null,
                "Message signalé d’un autre quartier");
        long messageId = jdbc.queryForObject("select max(id) from message where conversation_id = ?", Long.class, id);
        reports.report(author, new ContentRef(ContentType.MESSAGE, messageId), ReportReason.OFFENSIVE, "insultant");

        long ofTheAuthor = moderatorOf(elsewhere.neighbourhood());
        long ofTheRecipient = moderatorOf(place.neighbourhood());
        long ofAThirdPlace = moderatorOf(places.create().neighbourhood());
        // living in the recipient's neighbourhood does not make a moderator of it
        long livingThere = data.resident("MODERATOR", "VERIFIED", place.neighbourhood(), null);
        long staff = data.resident("STAFF", "VERIFIED", null, null);
        for (long reader : new long[] {ofTheAuthor, ofTheRecipient, staff}) {
            mvc.perform(get("/moderation/messages/" + messageId).with(user(data.user(reader))))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("Message signalé")));
        }
        for (long reader : new long[] {ofAThirdPlace, livingThere}) {
            mvc.perform(get("/moderation/messages/" + messageId).with(user(data.user(reader))))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(not(containsString("Message signalé"))));
            assertThat(jdbc.queryForObject("select count(*) from audit_trail where actor_id = ?", Long.class, reader))
                    .isZero();
        }
    }

    private long moderatorOf(long neighbourhood) {
        long moderator = data.resident("MODERATOR", "VERIFIED", neighbourhood, null);
        jdbc.update("insert into moderator_neighbourhood (resident_id, neighbourhood_id) values (?, ?)", moderator,
                neighbourhood);
        return moderator;
    }

    @Test
    void aHiddenMessageLeavesTheOtherSideAndStaysWithItsAuthorWithTheReason() throws Exception {
        long id = starting.start(neighbour, "test-subject", drill.id(), null, "Un message limite");
        long messageId = jdbc.queryForObject("select max(id) from message where conversation_id = ?", Long.class, id);
        jdbc.update("update message set hidden_at = now(), hidden_reason = 'propos blessants' where id = ?", messageId);
        mvc.perform(get("/messages/" + id).with(user(data.user(author))))
                .andExpect(content().string(not(containsString("Un message limite"))));
        mvc.perform(get("/messages/" + id).with(user(data.user(neighbour))))
                .andExpect(content().string(containsString("Un message limite")))
                .andExpect(content().string(containsString("propos blessants")));
        assertThat(conversations.unreadCount(author)).isZero();
    }

    @Test
    void badInputIsAClientError() throws Exception {
        var who = user(data.user(neighbour));
        mvc.perform(get("/messages/nouveau").with(who)).andExpect(status().isBadRequest());
        mvc.perform(get("/messages/nouveau").param("sujet", "unknown").param("id", "1").with(who))
                .andExpect(status().isNotFound());
        mvc.perform(get("/messages/nouveau").param("sujet", "test-subject").param("id", "abc").with(who))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/messages/nouveau").param("resident", "" + neighbour).with(who))
                .andExpect(status().isConflict());
        mvc.perform(get("/messages/abc").with(who)).andExpect(status().isBadRequest());
        mvc.perform(post("/messages/nouveau").param("resident", "abc").param("text", "x").with(who).with(csrf()))
                .andExpect(status().is4xxClientError());
    }
}
