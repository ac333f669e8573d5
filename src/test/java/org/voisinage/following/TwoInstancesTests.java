package org.voisinage.following;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.voisinage.support.SessionCookies.REMEMBER_ME;
import static org.voisinage.support.SessionCookies.SESSION;
import static org.voisinage.support.SessionCookies.named;
import static org.voisinage.support.SessionCookies.signIn;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.voisinage.common.LinkSigner;
import org.voisinage.common.Photos;
import org.voisinage.common.PhotosTests;
import org.voisinage.moderation.ModerationFixtures;
import org.voisinage.notification.OutboxDelivery;
import org.voisinage.support.MailTestSupport;
import org.voisinage.support.OtherInstance;
import org.voisinage.support.TestData;
import org.voisinage.support.TestTopics;

/**
 * Two instances on one PostgreSQL, as an operator runs them behind a load balancer: this test's context and a second
 * application started beside it on its own port, pointed at the first one's database. A resident goes on from one
 * to the other; a report filed on one is decided on the other; a daily digest triggered on both at once is built
 * once and each email sent once; the keys of cookies and links, and the photos, are the same on both.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "voisinage.mail.send-interval=PT24H"})
@AutoConfigureMockMvc
@Import({TestData.class, TestTopics.class})
class TwoInstancesTests {

    static final int SMTP_PORT = MailTestSupport.freePort();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.port(SMTP_PORT));

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.port", () -> SMTP_PORT);
    }

    /**
     * The tests' fake topic type on the second instance too (its digest may be the one built). Not a
     * {@code @Configuration}: this test's own context would take it for its whole configuration.
     */
    @Import(TestTopics.class)
    static class SecondInstanceExtras {}

    static ConfigurableApplicationContext second;
    static MockMvc secondMvc;

    @Autowired ApplicationContext first;
    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;

    ModerationFixtures moderation;
    long territory;
    long neighbourhood;

    @BeforeEach
    void secondInstance() {
        if (second == null) {
            second = OtherInstance.on(dataSource, List.of(SecondInstanceExtras.class),
                    "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + SMTP_PORT,
                    "--voisinage.mail.send-interval=PT24H");
            secondMvc = OtherInstance.mockMvc(second);
        }
        moderation = new ModerationFixtures(data, jdbc);
        long[] ids = moderation.territoryAndTwoNeighbourhoods();
        territory = ids[0];
        neighbourhood = ids[1];
    }

    @AfterAll
    static void stopSecondInstance() {
        if (second != null) {
            second.close();
            second = null;
        }
    }

    @Test
    void aResidentSignedInOnOneInstanceGoesOnOnTheOther() throws Exception {
        long moderator = moderation.moderatorOf(neighbourhood);
        Cookie[] cookies = signIn(mvc, data.emailOf(moderator), "secret-password", true);

        secondMvc.perform(get("/moderation").cookie(named(cookies, SESSION))).andExpect(status().isOk());
        // a remember-me cookie set by one instance is read by the other: the key is the site's, kept in the database
        secondMvc.perform(get("/moderation").cookie(named(cookies, REMEMBER_ME))).andExpect(status().isOk());
        secondMvc.perform(get("/moderation")).andExpect(status().is3xxRedirection());
        // signed out on the second instance: signed out on the first too
        secondMvc.perform(post("/logout").cookie(named(cookies, SESSION)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/moderation").cookie(named(cookies, SESSION))).andExpect(status().is3xxRedirection());
    }

    @Test
    void aReportFiledOnOneInstanceIsDecidedOnTheOther() throws Exception {
        long challenge = moderation.challenge(territory, neighbourhood, TestData.unique("Défi signalé"));
        long reporter = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        Cookie reporterSession = named(signIn(mvc, data.emailOf(reporter), "secret-password", false), SESSION);
        mvc.perform(post("/signaler/challenge/" + challenge).cookie(reporterSession).with(csrf()).param("reason", "SPAM"))
                .andExpect(redirectedUrl("/defis/" + challenge));
        await().atMost(Duration.ofSeconds(10)).until(() -> moderation.openCase(challenge) != null);
        long caseId = moderation.openCase(challenge);

        long moderator = moderation.moderatorOf(neighbourhood);
        Cookie moderatorSession = named(signIn(secondMvc, data.emailOf(moderator), "secret-password", false), SESSION);
        secondMvc.perform(post("/moderation/cases/" + caseId).cookie(moderatorSession).with(csrf())
                        .param("version", String.valueOf(moderation.version(caseId))).param("decision", "DISMISS"))
                .andExpect(redirectedUrl("/moderation"));
        assertThat(moderation.openCase(challenge)).isNull();
    }

    @Test
    void aDailyDigestTriggeredOnBothInstancesInTheSameMinuteIsBuiltOnceAndSentOnce() throws Exception {
        DigestSchedule onFirst = first.getBean(DigestSchedule.class);
        DigestSchedule onSecond = second.getBean(DigestSchedule.class);
        DigestPeriod today = DigestPeriod.daily(onFirst.today(), first.getBean(org.voisinage.common.SiteClock.class).zone());
        // another test run's lock of today (same database) is not this test's business
        jdbc.update("delete from shedlock where name = 'digest-daily'");
        Topic topic = new Topic("test", ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
        long follower = data.resident("RESIDENT", "VERIFIED", null, null);
        first.getBean(Follows.class).follow(follower, topic, Frequency.DAILY);
        // following since before the news: a new follower is not sent what happened before
        jdbc.update("update follow set created_at = now() - interval '2 days' where follower_id = "
                + "(select id from follower where resident_id = ?)", follower);
        first.getBean(ActivityIntake.class).record(new TopicActivity(topic, "Composteurs", "/tests/" + topic.id(),
                "update", "following.activity.update", List.of("Bacs livrés"), 0, false,
                today.end().minus(Duration.ofHours(6))));
        Instant before = jdbc.queryForObject("select now()", java.sql.Timestamp.class).toInstant();

        CompletableFuture.allOf(CompletableFuture.runAsync(onFirst::daily), CompletableFuture.runAsync(onSecond::daily))
                .join();

        assertThat(jdbc.queryForObject("""
                select count(*) from digest_run where period_kind = 'DAILY' and period_start = ? and started_at >= ?""",
                Integer.class, today.start(), java.sql.Timestamp.from(before))).as("digest runs").isEqualTo(1);
        String email = data.emailOf(follower);
        assertThat(jdbc.queryForObject("select count(*) from outbox_email where recipient = ? and message_id like '<digest-%'",
                Integer.class, email)).as("digests queued").isEqualTo(1);

        // both senders at once: SKIP LOCKED gives each email to one of them
        CompletableFuture.allOf(CompletableFuture.runAsync(() -> OutboxDelivery.sendDue(first)),
                CompletableFuture.runAsync(() -> OutboxDelivery.sendDue(second))).join();
        await().atMost(Duration.ofSeconds(10)).until(() -> digestsReceived(email) >= 1);
        Thread.sleep(300);
        assertThat(digestsReceived(email)).as("digests received").isEqualTo(1);
    }

    @Test
    void keysAndPhotosAreTheSameOnBothInstances() throws IOException {
        assertThat(second.getBean(LinkSigner.class).sign("challenge-target:42"))
                .isEqualTo(first.getBean(LinkSigner.class).sign("challenge-target:42"));
        byte[] png = PhotosTests.image("png", 40, 30);
        String name = first.getBean(Photos.class).store(new ByteArrayInputStream(png), png.length);
        var served = second.getBean(Photos.class).open(name);
        assertThat(served).as("the photo stored by the first instance, on the second").isPresent();
        assertThat(Files.readAllBytes(served.get()))
                .isEqualTo(Files.readAllBytes(first.getBean(Photos.class).open(name).orElseThrow()));
    }

    private long digestsReceived(String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equalsIgnoreCase(email))
                        && message.getMessageID().startsWith("<digest-");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }
}
