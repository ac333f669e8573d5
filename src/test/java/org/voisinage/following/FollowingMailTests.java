package org.voisinage.following;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.voisinage.following.internal.Keys;
import org.voisinage.notification.Outbox;
import org.voisinage.notification.OutboxDelivery;
import org.voisinage.notification.OutboxMessage;
import org.voisinage.notification.OutboxStatus;
import org.voisinage.support.MailTestSupport;
import org.voisinage.support.TestData;

/**
 * Followers, activities, digests and unsubscribing, end to end on the real database and a real SMTP server.
 * Topics are of a fake type, "test"; each test builds the digests of its own far-away day, so that the
 * activities of other tests (in other periods) never show in its digests.
 */
class FollowingMailTests extends MailTestSupport {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Pattern CONFIRM_LINK = Pattern.compile("/suivre/confirmer/([A-Za-z0-9_-]{22})");

    @Autowired Follows follows;
    @Autowired Subscriptions subscriptions;
    @Autowired Digests digests;
    @Autowired ActivityIntake intake;
    @Autowired Outbox outbox;
    @Autowired UnsubscribeKeys unsubscribeKeys;
    @Autowired TestData testData;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transaction;

    /** A day of its own for each test, centuries away from the others. */
    static DigestPeriod somePeriod() {
        LocalDate day = LocalDate.of(2200, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 300_000));
        return DigestPeriod.daily(day, PARIS);
    }

    static Topic someTopic() {
        return new Topic("test", ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
    }

    /** Within the period: the evening before its digest day. */
    static Instant during(DigestPeriod period, int minutes) {
        return period.end().minus(Duration.ofHours(6)).plus(Duration.ofMinutes(minutes));
    }

    static String someEmail() {
        return "follower-" + UUID.randomUUID() + "@example.org";
    }

    void activity(Topic topic, String title, String kind, String key, List<String> args, long count, boolean immediate,
            Instant at) {
        intake.record(new TopicActivity(topic, title, "/tests/" + topic.id(), kind, key, args, count, immediate, at));
    }

    long residentFollowing(Frequency frequency, Topic... topics) {
        long resident = testData.resident("RESIDENT", "VERIFIED", null, null);
        for (Topic topic : topics) {
            follows.follow(resident, topic, frequency);
        }
        return resident;
    }

    /** A person without an account, through the double opt-in. */
    String emailFollowing(Frequency frequency, Locale locale, Topic topic) {
        String email = someEmail();
        follows.requestByEmail(email, topic, frequency, locale);
        assertThat(follows.confirm(confirmationToken(email))).isEqualTo(Confirmation.CONFIRMED);
        return email;
    }

    String confirmationToken(String email) {
        Matcher link = CONFIRM_LINK.matcher(OutboxDelivery.latestAsSentTo(context, email).textBody());
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    /** A key as the next email to the resident will carry: for one topic's follow, or all of them (null). */
    String unsubscribeKey(long resident, Topic topic) {
        long follower = jdbc.queryForObject("select id from follower where resident_id = ?", Long.class, resident);
        return transaction.execute(status -> {
            UnsubscribeKeys.Batch batch = unsubscribeKeys.batch();
            String key = topic == null ? batch.allTopics(follower) : batch.follow(follower, jdbc.queryForObject(
                    "select id from follow where follower_id = ? and topic_type = ? and topic_id = ?", Long.class,
                    follower, topic.type(), topic.id()));
            batch.save();
            return key;
        });
    }

    long followerId(String email) {
        return jdbc.queryForObject("select id from follower where lower(email) = lower(?)", Long.class, email);
    }

    List<OutboxMessage> digestsTo(String email) {
        return jdbc.queryForList("select id from outbox_email where recipient = ? and message_id like '<digest-%'",
                Long.class, email).stream().map(outbox::get).toList();
    }

    int digestRows(long followerId, DigestPeriod period) {
        return jdbc.queryForObject("select count(*) from digest where follower_id = ? and period_kind = ? and period_start = ?",
                Integer.class, followerId, period.kind().name(), period.start());
    }

    MimeMessage onlyMessageTo(String email) {
        MimeMessage[] received = smtp.getReceivedMessagesForDomain(email);
        assertThat(received).as("emails received by %s", email).hasSize(1);
        return received[0];
    }

    MimeMessage onlyMessageWithId(String email, String messageId) throws Exception {
        List<MimeMessage> received = new java.util.ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessagesForDomain(email)) {
            if (messageId.equals(message.getMessageID())) {
                received.add(message);
            }
        }
        assertThat(received).as("emails %s received by %s", messageId, email).hasSize(1);
        return received.get(0);
    }

    // --- digests

    @Test
    void oneDigestGroupsEveryFollowedTopicWithPledgesSummedInTheFollowersLanguageWithUnsubscribeHeaders() throws Exception {
        DigestPeriod period = somePeriod();
        Topic bins = someTopic();
        Topic bikes = someTopic();
        Topic other = someTopic();
        String email = emailFollowing(Frequency.DAILY, Locale.ENGLISH, bins);
        follows.requestByEmail(email, bikes, Frequency.DAILY, Locale.ENGLISH);
        follows.confirm(confirmationToken(email));
        activity(bins, "Sorting bins", "pledges", "following.activity.newItems", List.of(), 2, false, during(period, 1));
        activity(bins, "Sorting bins", "pledges", "following.activity.newItems", List.of(), 3, false, during(period, 2));
        activity(bins, "Sorting bins", "update", "following.activity.update", List.of("Bins ordered"), 0, false, during(period, 3));
        activity(bikes, "Bike racks", "update", "following.activity.update", List.of("Racks voted"), 0, false, during(period, 4));
        activity(other, "Not followed", "update", "following.activity.update", List.of("Secret"), 0, false, during(period, 5));
        // outside the period: after its end, and before the lookback
        activity(bins, "Sorting bins", "update", "following.activity.update", List.of("Too late"), 0, false, period.end().plusSeconds(1));
        activity(bins, "Sorting bins", "update", "following.activity.update", List.of("Too old"), 0, false, period.lookbackStart());

        digests.build(period);

        List<OutboxMessage> sent = digestsTo(email);
        assertThat(sent).hasSize(1);
        OutboxMessage digest = sent.get(0);
        assertThat(digest.subject()).isEqualTo("Voisinage: today's news");
        assertThat(digest.textBody()).contains("Sorting bins", "5 new items", "Bins ordered", "Bike racks", "Racks voted")
                .doesNotContain("Secret", "Too late", "Too old", "2 new items");
        assertThat(digest.htmlBody()).contains("Sorting bins", "Bike racks", "/tests/" + bins.id());
        assertThat(digest.messageId()).startsWith("<" + period.messageId(followerId(email)) + "@");

        OutboxDelivery.sendDue(context);
        MimeMessage received = onlyMessageWithId(email, digest.messageId()); // its confirmation emails came too
        String listUnsubscribe = jakarta.mail.internet.MimeUtility.unfold(received.getHeader("List-Unsubscribe", null));
        Matcher allKey = Pattern.compile("/desabonnement/([A-Za-z0-9_-]{22})>").matcher(listUnsubscribe);
        assertThat(allKey.find()).as(listUnsubscribe).isTrue();
        assertThat(listUnsubscribe).isEqualTo("<http://localhost:8080/desabonnement/" + allKey.group(1)
                + ">, <mailto:unsubscribe@voisinage.localhost?subject=unsubscribe-" + allKey.group(1) + ">");
        // the database keeps only the key's hash, reaching all of this follower's follows
        assertThat(jdbc.queryForMap("select follower_id, follow_id from unsubscribe_key where key_hash = ?",
                Keys.sha256(allKey.group(1)))).containsEntry("follower_id", followerId(email)).containsEntry("follow_id", null);
        assertThat(received.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(received.getMessageID()).isEqualTo(digest.messageId());
        assertThat(received.getHeader("Content-Language", null)).isEqualTo("en");
    }

    @Test
    void noDigestWhenNothingChangedAndDailyAndWeeklyAreSeparate() {
        DigestPeriod period = somePeriod();
        Topic quiet = someTopic();
        Topic weekly = someTopic();
        long resident = residentFollowing(Frequency.DAILY, quiet);
        follows.follow(resident, weekly, Frequency.WEEKLY);
        String email = testData.emailOf(resident);
        activity(weekly, "Weekly news", "update", "following.activity.update", List.of("Later"), 0, false, during(period, 1));

        assertThat(digests.build(period)).isGreaterThanOrEqualTo(0);

        assertThat(digestsTo(email)).isEmpty();
        assertThat(digestRows(followerId(email), period)).isZero();

        DigestPeriod week = DigestPeriod.weekly(period.start().plusDays(7), PARIS);
        digests.build(week);
        assertThat(digestsTo(email)).singleElement()
                .satisfies(digest -> assertThat(digest.textBody()).contains("Weekly news", "Later"));
        assertThat(digestsTo(email).get(0).subject()).isEqualTo("Voisinage : les nouvelles de la semaine");
    }

    @Test
    void aPeriodBuiltTwiceCreatesEachDigestOnce() {
        DigestPeriod period = somePeriod();
        Topic topic = someTopic();
        String email = testData.emailOf(residentFollowing(Frequency.DAILY, topic));
        activity(topic, "Twice", "update", "following.activity.update", List.of("News"), 0, false, during(period, 1));

        digests.build(period);
        digests.build(period);

        assertThat(digestsTo(email)).hasSize(1);
        assertThat(digestRows(followerId(email), period)).isOne();
    }

    @Test
    void aCrashBetweenCreatingDigestsAndQueuingTheirEmailsLosesNothingAndDuplicatesNothing() {
        DigestPeriod period = somePeriod();
        Topic topic = someTopic();
        String first = testData.emailOf(residentFollowing(Frequency.DAILY, topic));
        String crashing = testData.emailOf(residentFollowing(Frequency.DAILY, topic));
        activity(topic, "Crash", "update", "following.activity.update", List.of("News"), 0, false, during(period, 1));
        // the outbox fails on one email of the batch: after the batch's digests rows were written
        String function = "fail_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.execute("create function " + function + "() returns trigger language plpgsql as $$ begin "
                + "if new.recipient = '" + crashing + "' then raise exception 'simulated crash'; end if; "
                + "return new; end $$");
        jdbc.execute("create trigger " + function + " before insert on outbox_email for each row execute function "
                + function + "()");
        try {
            assertThatThrownBy(() -> digests.build(period)).hasStackTraceContaining("simulated crash");
        } finally {
            jdbc.execute("drop trigger " + function + " on outbox_email");
            jdbc.execute("drop function " + function + "()");
        }
        assertThat(digestRows(followerId(crashing), period)).as("rolled back with its batch").isZero();
        assertThat(digestsTo(crashing)).isEmpty();
        assertThat(digests.recentRuns(50)).anySatisfy(run -> {
            assertThat(run.periodStart()).isEqualTo(period.start());
            assertThat(run.error()).contains("simulated crash");
        });

        digests.build(period);
        digests.build(period);

        for (String email : List.of(first, crashing)) {
            assertThat(digestRows(followerId(email), period)).isOne();
            assertThat(digestsTo(email)).hasSize(1);
        }
    }

    @Test
    void aDigestWhoseSmtpServerFailedIsSentLaterAndStaffCanRetryFailures() throws Exception {
        DigestPeriod period = somePeriod();
        Topic topic = someTopic();
        String email = testData.emailOf(residentFollowing(Frequency.DAILY, topic));
        activity(topic, "Retry", "update", "following.activity.update", List.of("News"), 0, false, during(period, 1));
        digests.build(period);
        smtp.stop();

        OutboxDelivery.sendDue(context);
        OutboxMessage failed = digestsTo(email).get(0);
        assertThat(failed.status()).isEqualTo(OutboxStatus.QUEUED);
        assertThat(failed.attempts()).isOne();

        smtp.start();
        jdbc.update("update outbox_email set status = 'FAILED', next_attempt_at = null where id = ?", failed.id());
        long runId = digests.recentRuns(50).stream().filter(run -> run.periodStart().equals(period.start()))
                .findFirst().orElseThrow().id();
        assertThat(digests.recentRuns(50)).filteredOn(run -> run.id() == runId)
                .singleElement().satisfies(run -> assertThat(run.failed()).isOne());
        long staff = testData.resident("STAFF", "VERIFIED", null, null);
        mvc.perform(get("/admin/digests").with(user(testData.user(staff))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(period.start().toString())));
        mvc.perform(post("/admin/digests/{id}/retry", runId).with(user(testData.user(staff))).with(csrf()))
                .andExpect(redirectedUrl("/admin/digests"));

        OutboxDelivery.sendDue(context);
        assertThat(outbox.get(failed.id()).status()).isEqualTo(OutboxStatus.SENT);
        assertThat(onlyMessageTo(email).getMessageID()).isEqualTo(failed.messageId());
    }

    // --- immediate emails

    @Test
    void immediateFollowersAreToldOfMilestonesOnceEvenWhenTheListenerRunsAgain() {
        Topic topic = someTopic();
        String immediate = emailFollowing(Frequency.IMMEDIATE, Locale.FRENCH, topic);
        String daily = testData.emailOf(residentFollowing(Frequency.DAILY, topic));
        TopicActivity milestone = new TopicActivity(topic, "Composteurs", "/tests/" + topic.id(), "milestone",
                "following.activity.update", List.of("Objectif atteint"), 0, true, Instant.now());
        TopicActivity pledge = new TopicActivity(topic, "Composteurs", "/tests/" + topic.id(), "pledges",
                "following.activity.newItems", List.of(), 1, false, Instant.now());

        transaction.executeWithoutResult(status -> {
            events.publishEvent(milestone);
            events.publishEvent(pledge);
        });
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from topic_activity where topic_type = 'test' and topic_id = ?", Integer.class,
                topic.id())).isEqualTo(2));
        intake.record(milestone); // the listener run again for the same event

        List<OutboxMessage> toImmediate = jdbc.queryForList(
                "select id from outbox_email where recipient = ? and message_id like '<immediate-%'", Long.class, immediate)
                .stream().map(outbox::get).toList();
        assertThat(toImmediate).singleElement().satisfies(email -> {
            assertThat(email.subject()).isEqualTo("Du nouveau : Composteurs");
            assertThat(email.textBody()).contains("Objectif atteint", "/desabonnement/");
            assertThat(email.headers()).containsEntry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        });
        assertThat(outbox.latestTo(daily)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from topic_activity where topic_type = 'test' and topic_id = ?",
                Integer.class, topic.id())).isEqualTo(2);
    }

    // --- unsubscribing

    @Test
    void oneClickUnsubscribeWorksWithoutSessionCookieOrCsrfTokenAndIsIdempotent() throws Exception {
        Topic topic = someTopic();
        Topic other = someTopic();
        long resident = residentFollowing(Frequency.DAILY, topic, other);
        String key = unsubscribeKey(resident, topic);

        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/desabonnement/{key}", key).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                            .content("List-Unsubscribe=One-Click"))
                    .andExpect(status().isOk());
            assertThat(follows.frequency(resident, topic)).contains(Frequency.OFF);
            assertThat(follows.frequency(resident, other)).as("scoped to one topic").contains(Frequency.DAILY);
        }
        assertThat(follows.followingResidents(topic)).doesNotContain(resident);

        String allKey = unsubscribeKey(resident, null);
        mvc.perform(post("/desabonnement/{key}", allKey)).andExpect(status().isOk());
        assertThat(follows.frequency(resident, other)).contains(Frequency.OFF);
    }

    @Test
    void openingTheLinkShowsAConfirmationPageAndChangesNothing() throws Exception {
        Topic topic = someTopic();
        long resident = residentFollowing(Frequency.WEEKLY, topic);
        String allKey = unsubscribeKey(resident, null);

        mvc.perform(get("/desabonnement/{key}", allKey))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Me désabonner")));
        assertThat(follows.frequency(resident, topic)).contains(Frequency.WEEKLY);

        mvc.perform(post("/desabonnement/{key}/frequence", allKey).with(csrf())
                        .param("type", topic.type()).param("id", Long.toString(topic.id())).param("frequency", "IMMEDIATE"))
                .andExpect(redirectedUrl("/desabonnement/" + allKey));
        assertThat(follows.frequency(resident, topic)).contains(Frequency.IMMEDIATE);
        mvc.perform(post("/desabonnement/{key}/frequence", allKey)
                        .param("type", topic.type()).param("id", Long.toString(topic.id())).param("frequency", "OFF"))
                .andExpect(status().isForbidden()); // only the one-click POST is exempt from CSRF
    }

    @Test
    void anUnknownKeyIsAClear404() throws Exception {
        mvc.perform(get("/desabonnement/{key}", "AAAAAAAAAAAAAAAAAAAAAA"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Lien inconnu")));
        mvc.perform(post("/desabonnement/{key}", "not-a-key"))
                .andExpect(status().isNotFound());
    }

    // --- following

    @Test
    void aResidentFollowsInOneClickListsAndUnfollows() throws Exception {
        Topic topic = someTopic();
        long resident = testData.resident("RESIDENT", "VERIFIED", null, null);
        activity(topic, "Jardin partagé", "update", "following.activity.update", List.of("x"), 0, false, Instant.now());

        mvc.perform(post("/suivre").with(user(testData.user(resident))).with(csrf())
                        .param("type", "test").param("id", Long.toString(topic.id())).param("back", "/tests/1"))
                .andExpect(redirectedUrl("/tests/1"));
        assertThat(follows.frequency(resident, topic)).contains(Follows.DEFAULT_FREQUENCY);
        mvc.perform(get("/suivis").with(user(testData.user(resident))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Jardin partagé")));
        mvc.perform(post("/suivre").with(user(testData.user(resident))).with(csrf())
                        .param("type", "test").param("id", Long.toString(topic.id())).param("frequency", "WEEKLY")
                        .param("back", "//evil.example"))
                .andExpect(redirectedUrl("/suivis"));
        assertThat(follows.frequency(resident, topic)).contains(Frequency.WEEKLY);
        mvc.perform(post("/suivre").with(user(testData.user(resident))).with(csrf())
                        .param("type", "Bad Type!").param("id", "1"))
                .andExpect(status().isBadRequest());

        mvc.perform(post("/suivre/arreter").with(user(testData.user(resident))).with(csrf())
                        .param("type", "test").param("id", Long.toString(topic.id())))
                .andExpect(redirectedUrl("/suivis"));
        assertThat(follows.isFollowing(resident, topic)).isFalse();
    }

    @Test
    void theAccountPageListsEveryFollowWithItsFrequency() throws Exception {
        Topic garden = someTopic();
        Topic bins = someTopic();
        long resident = testData.resident("RESIDENT", "VERIFIED", null, null);
        activity(garden, "Jardin partagé", "update", "following.activity.update", List.of("x"), 0, false, Instant.now());
        activity(bins, "Bacs de tri", "update", "following.activity.update", List.of("x"), 0, false, Instant.now());
        follows.follow(resident, garden, Frequency.WEEKLY);
        follows.follow(resident, bins, Frequency.DAILY);

        String page = mvc.perform(get("/account").with(user(testData.user(resident))))
                .andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String section = page.substring(page.indexOf("id=\"account-follows\""));
        assertThat(section).contains("Jardin partagé", "Bacs de tri");
        // each with its own frequency chosen, changed from here and back here
        assertThat(section).containsPattern("(?s)Jardin partagé.*?value=\"WEEKLY\"[^>]*selected")
                .containsPattern("(?s)Bacs de tri.*?value=\"DAILY\"[^>]*selected")
                .contains("name=\"back\" value=\"/account\"");
    }

    @Test
    void followingByEmailNeedsAConfirmedAddress() throws Exception {
        Topic topic = someTopic();
        String email = someEmail();

        mvc.perform(post("/suivre/email").with(csrf()).param("email", "not an email")
                        .param("type", "test").param("id", Long.toString(topic.id())).param("frequency", "DAILY"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Cette adresse e-mail n’est pas valide.")));

        mvc.perform(post("/suivre/email").with(csrf()).param("email", email).param("type", "test")
                        .param("id", Long.toString(topic.id())).param("frequency", "WEEKLY").param("back", "/tests/9"))
                .andExpect(redirectedUrl("/tests/9"));
        String token = confirmationToken(email);
        assertThat(outbox.latestTo(email).orElseThrow().subject()).isEqualTo("Confirmez votre suivi sur Voisinage");

        mvc.perform(get("/suivre/confirmer/{token}", token)).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from follower where lower(email) = lower(?)", Integer.class, email))
                .as("opening the link changes nothing").isZero();

        mvc.perform(post("/suivre/confirmer/{token}", token).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("C’est confirmé")));
        assertThat(jdbc.queryForObject("""
                select w.frequency from follow w join follower f on f.id = w.follower_id
                where lower(f.email) = lower(?) and w.topic_id = ?""", String.class, email, topic.id())).isEqualTo("WEEKLY");

        mvc.perform(post("/suivre/confirmer/{token}", token).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("déjà été utilisé")));
        mvc.perform(post("/suivre/email").with(csrf()).param("email", email.toUpperCase(Locale.ROOT)).param("type", "test")
                        .param("id", Long.toString(topic.id())).param("frequency", "DAILY"))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Cette adresse suit déjà ce sujet")));
        mvc.perform(post("/suivre/confirmer/{token}", "AAAAAAAAAAAAAAAAAAAAAA").with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void anExpiredConfirmationLinkFollowsNothing() throws Exception {
        Topic topic = someTopic();
        String email = someEmail();
        follows.requestByEmail(email, topic, Frequency.DAILY, Locale.FRENCH);
        String token = confirmationToken(email);
        jdbc.update("update follow_request set expires_at = now() - interval '1 second' where lower(email) = lower(?)", email);

        mvc.perform(post("/suivre/confirmer/{token}", token).with(csrf()))
                .andExpect(status().isGone())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Ce lien a expiré")));
        assertThat(jdbc.queryForObject("select count(*) from follower where lower(email) = lower(?)", Integer.class, email))
                .isZero();
    }

    /** Issue 10, weakness 7: following by email sends a confirmation, so it is limited per recipient. */
    @Test
    void aFourthFollowByEmailWithinTheHourIsRefusedWithTheFormKeptAndNothingSent() throws Exception {
        String email = someEmail();
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/suivre/email").with(csrf()).param("email", email).param("type", "test")
                            .param("id", Long.toString(someTopic().id())).param("frequency", "DAILY").param("back", "/tests/9"))
                    .andExpect(redirectedUrl("/tests/9"));
        }
        mvc.perform(post("/suivre/email").with(csrf()).param("email", email).param("type", "test")
                        .param("id", Long.toString(someTopic().id())).param("frequency", "DAILY").param("back", "/tests/9"))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Rien n’a été envoyé")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"" + email + "\"")));
        assertThat(jdbc.queryForObject("select count(*) from outbox_email where recipient = ?", Long.class, email))
                .as("no email beyond the limit").isEqualTo(3);
    }

}
