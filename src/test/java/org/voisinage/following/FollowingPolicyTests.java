package org.voisinage.following;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.account.Residents;
import org.voisinage.alert.Alerts;
import org.voisinage.announcement.Announcements;
import org.voisinage.challenge.ActionForm;
import org.voisinage.challenge.Actions;
import org.voisinage.challenge.ChallengeForm;
import org.voisinage.challenge.TargetKind;
import org.voisinage.challenge.Theme;
import org.voisinage.following.internal.Keys;
import org.voisinage.notification.Outbox;
import org.voisinage.notification.OutboxMessage;
import org.voisinage.suggestion.SuggestionCategory;
import org.voisinage.suggestion.SuggestionForm;
import org.voisinage.suggestion.Suggestions;
import org.voisinage.support.MailTestSupport;
import org.voisinage.support.TestData;

/**
 * Issue 10, "one policy, asked everywhere", for following: members-only topics (a neighbourhood's alerts and
 * announcements, residents' needs) are followed only by residents who may see them, never by email alone, and every
 * email, digest line and in-app notification asks the topic's policy again as it is built.
 */
class FollowingPolicyTests extends MailTestSupport {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final String MEMBERS_ONLY = "Seuls les sujets publics se suivent par e-mail sans compte";

    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired Follows follows;
    @Autowired ActivityIntake intake;
    @Autowired Digests digests;
    @Autowired Notifications notifications;
    @Autowired Outbox outbox;
    @Autowired Residents residents;
    @Autowired Suggestions suggestions;
    @Autowired Actions actions;
    @Autowired org.voisinage.challenge.ChallengeEditing editing;
    @Autowired org.voisinage.challenge.ChallengeLifecycle lifecycle;
    @Autowired TopicPolicies policies;

    long a;
    long b;
    long member;
    long need;

    @BeforeEach
    void twoNeighbourhoods() {
        long territory = data.territory();
        double lon = 100 + ThreadLocalRandom.current().nextDouble(40);
        double lat = -60 + ThreadLocalRandom.current().nextDouble(10);
        a = data.neighbourhood(territory, lon, lat, lon + 0.001, lat + 0.001);
        b = data.neighbourhood(territory, lon + 0.002, lat, lon + 0.003, lat + 0.001);
        member = data.resident("RESIDENT", "VERIFIED", a, null);
        need = suggestions.raise(member, new SuggestionForm("Un banc rue des Tests", "Pour se reposer",
                SuggestionCategory.values()[0], null));
    }

    List<Topic> membersOnlyTopicsOfA() {
        return List.of(Alerts.topic(a), Announcements.topic(a), Suggestions.topic(need));
    }

    static String someEmail() {
        return "outsider-" + UUID.randomUUID() + "@example.org";
    }

    long requests(String email) {
        return jdbc.queryForObject("select count(*) from follow_request where lower(email) = lower(?)", Long.class, email);
    }

    // --- following by email: public topics only

    @Test
    void anOutsiderWithAnEmailAddressCannotAskToFollowAlertsAnnouncementsOrNeeds() throws Exception {
        for (Topic topic : membersOnlyTopicsOfA()) {
            String email = someEmail();
            mvc.perform(get("/suivre/email").param("type", topic.type()).param("id", Long.toString(topic.id())))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(containsString(MEMBERS_ONLY)));
            mvc.perform(post("/suivre/email").with(csrf()).param("email", email).param("type", topic.type())
                            .param("id", Long.toString(topic.id())).param("frequency", "IMMEDIATE").param("back", "/"))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(containsString(MEMBERS_ONLY)))
                    .andExpect(content().string(containsString("value=\"" + email + "\"")));
            assertThat(outbox.latestTo(email)).as("no email for %s", topic).isEmpty();
            assertThat(requests(email)).isZero();
        }
    }

    @Test
    void aConfirmationLinkAskedBeforeThePolicyFollowsNothing() throws Exception {
        for (Topic topic : membersOnlyTopicsOfA()) {
            String email = someEmail();
            String token = Keys.random();
            // a request stored as the original code did, before it asked the topic's policy
            jdbc.update("""
                    insert into follow_request (token_hash, email, locale, topic_type, topic_id, frequency, expires_at)
                    values (?, ?, 'fr', ?, ?, 'IMMEDIATE', now() + interval '1 day')""",
                    Keys.sha256(token), email, topic.type(), topic.id());

            mvc.perform(get("/suivre/confirmer/{token}", token))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(containsString(MEMBERS_ONLY)));
            mvc.perform(post("/suivre/confirmer/{token}", token).with(csrf()))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(containsString(MEMBERS_ONLY)));
            assertThat(jdbc.queryForObject("select count(*) from follower where lower(email) = lower(?)", Long.class,
                    email)).as("%s not followed", topic).isZero();
        }
    }

    @Test
    void anEmailFollowerOfAPublicChallengeStillGetsItsNewsAtOnce() throws Exception {
        long challenge = openChallenge();
        Topic topic = Topic.challenge(challenge);
        String email = someEmail();
        mvc.perform(post("/suivre/email").with(csrf()).param("email", email).param("type", topic.type())
                        .param("id", Long.toString(challenge)).param("frequency", "IMMEDIATE").param("back", "/defis/" + challenge))
                .andExpect(redirectedUrl("/defis/" + challenge));
        java.util.regex.Matcher link = FollowingMailTests.CONFIRM_LINK.matcher(org.voisinage.notification.OutboxDelivery.latestAsSentTo(context, email).textBody());
        assertThat(link.find()).isTrue();
        mvc.perform(post("/suivre/confirmer/{token}", link.group(1)).with(csrf())).andExpect(status().isOk());

        intake.record(new TopicActivity(topic, "Composteurs", "/defis/" + challenge, "milestone",
                "following.activity.update", List.of("La moitié de l'objectif"), 0, true, Instant.now()));

        assertThat(outbox.latestTo(email)).hasValueSatisfying(message -> {
            assertThat(message.messageId()).startsWith("<immediate-");
            assertThat(message.textBody()).contains("La moitié de l'objectif");
        });
    }

    private long openChallenge() {
        long action = actions.createPublished(new ActionForm(TestData.unique("Trier"), "Trier ses biodéchets", Theme.WASTE));
        long id = editing.create(new ChallengeForm(action, TestData.unique("Défi"), "Ville de Test", TargetKind.TOWN,
                TestData.unique("mairie") + "@test.voisinage.test", "installe des composteurs", "n-" + a, 10, null,
                LocalDate.now().minusDays(1), LocalDate.now().plusDays(30)));
        lifecycle.open(id);
        return id;
    }

    // --- following as a resident: only what they may see

    @Test
    void aVerifiedResidentOfAnotherNeighbourhoodCannotFollowItsMembersOnlyTopics() throws Exception {
        long neighbour = data.resident("RESIDENT", "VERIFIED", b, null);
        long pending = data.resident("RESIDENT", "PENDING", a, null);
        for (Topic topic : membersOnlyTopicsOfA()) {
            for (long outsider : new long[] {neighbour, pending}) {
                mvc.perform(post("/suivre").with(user(data.user(outsider))).with(csrf())
                                .param("type", topic.type()).param("id", Long.toString(topic.id()))
                                .param("frequency", "IMMEDIATE").param("back", "/"))
                        .andExpect(status().isForbidden());
                assertThat(follows.frequency(outsider, topic)).as("%s follows %s", outsider, topic).isEmpty();
            }
            long other = data.resident("RESIDENT", "VERIFIED", a, null);
            mvc.perform(post("/suivre").with(user(data.user(other))).with(csrf())
                            .param("type", topic.type()).param("id", Long.toString(topic.id()))
                            .param("frequency", "WEEKLY").param("back", "/"))
                    .andExpect(redirectedUrl("/"));
            assertThat(follows.frequency(other, topic)).contains(Frequency.WEEKLY);
        }
        mvc.perform(post("/suivre").with(user(data.user(neighbour))).with(csrf())
                        .param("type", "nobody-claims-this").param("id", "1"))
                .andExpect(status().isForbidden());
    }

    // --- every message asks again

    @Test
    void rejectedBannedSuspendedOrMovedResidentsGetNoAlertEmailNotificationOrDigestLineOfTheirFormerNeighbourhood() {
        long stays = data.resident("RESIDENT", "VERIFIED", a, null);
        long rejected = data.resident("RESIDENT", "VERIFIED", a, null);
        long banned = data.resident("RESIDENT", "VERIFIED", a, null);
        long suspended = data.resident("RESIDENT", "VERIFIED", a, null);
        long moved = data.resident("RESIDENT", "VERIFIED", a, null);
        List<Long> gone = List.of(rejected, banned, suspended, moved);
        for (long resident : List.of(stays, rejected, banned, suspended, moved)) {
            follows.follow(resident, Alerts.topic(a), Frequency.IMMEDIATE);
            follows.follow(resident, Announcements.topic(a), Frequency.DAILY);
        }
        long before = record(Alerts.topic(a), "Fuite de gaz rue des Tests", true, Instant.now());
        assertThat(notified(before)).containsAll(gone);

        // changed in the database only, as another instance would: no event reaches this one
        jdbc.update("update resident set status = 'REJECTED' where id = ?", rejected);
        jdbc.update("update resident set banned_at = now(), sanction_reason = 'test' where id = ?", banned);
        jdbc.update("update resident set suspended_until = now() + interval '3 days', sanction_reason = 'test' where id = ?",
                suspended);
        jdbc.update("update resident set neighbourhood_id = ? where id = ?", b, moved);

        long alert = record(Alerts.topic(a), "Cambriolage au 3 rue des Tests", true, Instant.now());
        assertThat(outbox.latestTo(data.emailOf(stays))).hasValueSatisfying(
                message -> assertThat(message.textBody()).contains("Cambriolage au 3 rue des Tests"));
        for (long resident : gone) {
            assertThat(outbox.latestTo(data.emailOf(resident))).as("alert email to %s", resident)
                    .hasValueSatisfying(message -> assertThat(message.textBody()).doesNotContain("Cambriolage"));
        }
        assertThat(notified(alert)).contains(stays).doesNotContainAnyElementsOf(gone);
        for (long resident : gone) {
            assertThat(notifications.of(resident, PageRequest.of(0, 50)).getContent())
                    .as("notifications listed to %s", resident)
                    .noneSatisfy(n -> assertThat(n.messageArgs()).contains("Fuite de gaz rue des Tests"));
        }
        assertThat(notifications.of(stays, PageRequest.of(0, 50)).getContent())
                .anySatisfy(n -> assertThat(n.messageArgs()).contains("Fuite de gaz rue des Tests"));

        DigestPeriod period = DigestPeriod.daily(
                LocalDate.of(2200, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 300_000)), PARIS);
        record(Announcements.topic(a), "Assemblée générale jeudi", false, period.end().minus(Duration.ofHours(3)));
        digests.build(period);
        assertThat(digestTo(data.emailOf(stays), period)).hasValueSatisfying(
                digest -> assertThat(digest.textBody()).contains("Assemblée générale jeudi"));
        for (long resident : gone) {
            assertThat(digestTo(data.emailOf(resident), period)).as("digest to %s", resident).isEmpty();
        }
    }

    long record(Topic topic, String text, boolean immediate, Instant at) {
        intake.record(new TopicActivity(topic, "Quartier de test", "/alertes", "update", "following.activity.update",
                List.of(text), 0, immediate, at));
        return jdbc.queryForObject("select max(id) from topic_activity where topic_type = ? and topic_id = ?", Long.class,
                topic.type(), topic.id());
    }

    List<Long> notified(long activity) {
        return jdbc.queryForList("select resident_id from notification where activity_id = ?", Long.class, activity);
    }

    java.util.Optional<OutboxMessage> digestTo(String email, DigestPeriod period) {
        return jdbc.queryForList("select id from outbox_email where recipient = ? and message_id like ?", Long.class,
                email, "<" + period.messageIdPrefix() + "%").stream().map(outbox::get).findFirst();
    }

    // --- follows the policy no longer allows are removed

    @Test
    void aBannedOrRejectedResidentLosesTheFollowsOfMembersOnlyTopicsAndKeepsPublicOnes() {
        long challenge = openChallenge();
        long banned = data.resident("RESIDENT", "VERIFIED", a, null);
        long rejected = data.resident("RESIDENT", "VERIFIED", a, null);
        long suspended = data.resident("RESIDENT", "VERIFIED", a, null);
        for (long resident : List.of(banned, rejected, suspended)) {
            follows.follow(resident, Alerts.topic(a), Frequency.IMMEDIATE);
            follows.follow(resident, Suggestions.topic(need), Frequency.IMMEDIATE);
            follows.follow(resident, Topic.challenge(challenge), Frequency.DAILY);
        }

        residents.ban(banned, "Propos haineux");
        residents.reject(rejected, "Justificatif illisible");
        residents.suspend(suspended, Instant.now().plus(Duration.ofDays(3)), "Insultes");

        for (long resident : List.of(banned, rejected)) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                assertThat(follows.frequency(resident, Alerts.topic(a))).isEmpty();
                assertThat(follows.frequency(resident, Suggestions.topic(need))).isEmpty();
            });
            assertThat(follows.frequency(resident, Topic.challenge(challenge))).contains(Frequency.DAILY);
        }
        // a suspension ends: the follows stay, silent meanwhile (each message asks the policy)
        assertThat(follows.frequency(suspended, Alerts.topic(a))).contains(Frequency.IMMEDIATE);
    }

    @Test
    void aTypeNoModuleClaimsOrAnUnknownIdIsFollowedByNobody() {
        Topic unclaimed = new Topic("nobody-claims-this", 1);
        Topic unknownNeed = Suggestions.topic(Long.MAX_VALUE);
        Map<Topic, TopicAudience> audiences = policies.audiences(List.of(Alerts.topic(a), unclaimed, unknownNeed));
        long staff = data.resident("STAFF", "VERIFIED", null, null);
        assertThat(audiences.get(unclaimed).admits(residents.viewer(staff))).isFalse();
        assertThat(audiences.get(unknownNeed).admits(residents.viewer(staff))).isFalse();
        assertThat(audiences.get(Alerts.topic(a)).admits(residents.viewer(member))).isTrue();
        assertThat(audiences.get(Alerts.topic(a)).isPublic()).isFalse();
        assertThat(follows.mayFollowByEmail(Topic.challenge(openChallenge()))).isTrue();
    }
}
