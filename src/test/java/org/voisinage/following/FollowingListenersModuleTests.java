package org.voisinage.following;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.voisinage.account.ResidentRejected;
import org.voisinage.account.ResidentSanctioned;
import org.voisinage.account.ResidentVerified;
import org.voisinage.support.TestData;
import org.voisinage.support.TestTopics;

/**
 * The following module's listeners tested as a module (following and what it depends on, plus config for the
 * database): the events other modules publish go in through a {@link Scenario}, and what they changed is read back
 * through {@link Follows} and the tables. The topics are of two test types: "members-test", whose id is a
 * neighbourhood and which its verified members alone may follow (like a neighbourhood's alerts), and the public "test".
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "config")
@Import({TestData.class, FollowingListenersModuleTests.Policies.class})
class FollowingListenersModuleTests {

    static final String MEMBERS = "members-test";

    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired Follows follows;

    long neighbourhood;
    long elsewhere;
    Topic membersTopic;

    @TestConfiguration(proxyBeanMethods = false)
    static class Policies {

        @Bean
        TopicAccess membersTopics() {
            return TestTopics.type(MEMBERS, neighbourhood -> viewer -> viewer.isMemberOf(neighbourhood));
        }

        @Bean
        TopicAccess publicTopics() {
            return TestTopics.publicType("test");
        }

        /** Every newly verified resident follows their neighbourhood's members-test topic at once. */
        @Bean
        NeighbourhoodDefaultFollow membersByDefault() {
            return new NeighbourhoodDefaultFollow(MEMBERS, Frequency.IMMEDIATE);
        }
    }

    @BeforeEach
    void twoNeighbourhoods() {
        long territory = data.territory();
        double lon = ThreadLocalRandom.current().nextDouble(-170, -160);
        double lat = ThreadLocalRandom.current().nextDouble(-50, -40);
        neighbourhood = data.neighbourhood(territory, lon, lat, lon + 0.01, lat + 0.01);
        elsewhere = data.neighbourhood(territory, lon + 1, lat + 1, lon + 1.01, lat + 1.01);
        membersTopic = new Topic(MEMBERS, neighbourhood);
    }

    // --- ActivityIntake, and withdrawing what a moderator hid

    @Test
    void anActivityReachesInAppTheFollowersItsTopicStillAdmitsAndByEmailTheImmediateOnesUntilItIsWithdrawn(
            Scenario scenario) {
        long immediate = member(Frequency.IMMEDIATE);
        long daily = member(Frequency.DAILY);
        long silent = member(Frequency.OFF);
        long movedAway = member(Frequency.IMMEDIATE);
        jdbc.update("update resident set neighbourhood_id = ? where id = ?", elsewhere, movedAway);
        String quoted = "test-content:" + ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        TopicActivity activity = new TopicActivity(membersTopic, "Alerte du quartier", "/alertes/1", "raised",
                "following.activity.update", List.of("Fuite d'eau"), 0, true, Instant.now()).quoting(quoted);

        scenario.publish(activity)
                .andWaitForStateChange(() -> notified(quoted), residents -> residents.size() == 2)
                .andVerify(residents -> assertThat(residents).containsExactlyInAnyOrder(immediate, daily));

        assertThat(immediateEmailsTo(immediate)).isEqualTo(1);
        assertThat(immediateEmailsTo(daily)).as("daily followers wait for their digest").isZero();
        assertThat(immediateEmailsTo(silent) + immediateEmailsTo(movedAway)).isZero();
        assertThat(notified(quoted)).doesNotContain(silent, movedAway);

        assertThat(follows.withdraw(quoted)).isEqualTo(1);
        assertThat(notified(quoted)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from topic_activity where content_ref = ?", Long.class, quoted))
                .isZero();
    }

    // --- DefaultFollowsOnVerification

    @Test
    void aNewlyVerifiedResidentFollowsTheNeighbourhoodDefaults(Scenario scenario) {
        long resident = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);

        scenario.publish(new ResidentVerified(resident, neighbourhood, "LETTER"))
                .andWaitForStateChange(() -> follows.frequency(resident, membersTopic), found -> found.isPresent())
                .andVerify(found -> assertThat(found).contains(Frequency.IMMEDIATE));
    }

    @Test
    void aDefaultTurnedOffStaysOffAndAResidentNoLongerVerifiedWhenTheListenerRunsFollowsNothing(Scenario scenario) {
        long turnedOff = member(Frequency.OFF);
        long rejectedSince = data.resident("RESIDENT", "REJECTED", neighbourhood, null);

        scenario.publish(new ResidentVerified(turnedOff, neighbourhood, "LETTER"))
                .andWaitForStateChange(() -> handled("DefaultFollowsOnVerification", turnedOff))
                .andVerify(handled -> assertThat(handled).isTrue());
        scenario.publish(new ResidentVerified(rejectedSince, neighbourhood, "LETTER"))
                .andWaitForStateChange(() -> handled("DefaultFollowsOnVerification", rejectedSince))
                .andVerify(handled -> assertThat(handled).isTrue());

        assertThat(follows.frequency(turnedOff, membersTopic)).contains(Frequency.OFF);
        assertThat(follows.frequency(rejectedSince, membersTopic)).isEmpty();
    }

    // --- FollowsOnStatusChange

    @Test
    void aRejectedResidentLosesTheFollowsOfMembersOnlyTopicsAndKeepsPublicOnes(Scenario scenario) {
        long resident = member(Frequency.DAILY);
        Topic publicTopic = new Topic("test", ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
        follows.follow(resident, publicTopic, Frequency.WEEKLY);
        jdbc.update("update resident set status = 'REJECTED' where id = ?", resident);

        scenario.publish(new ResidentRejected(resident, "Justificatif illisible"))
                .andWaitForStateChange(() -> follows.frequency(resident, membersTopic), found -> found.isEmpty())
                .andVerify(found -> assertThat(follows.frequency(resident, publicTopic)).contains(Frequency.WEEKLY));
    }

    @Test
    void aBanRemovesMembersOnlyFollowsWhileASuspensionKeepsThemForItsEnd(Scenario scenario) {
        long banned = member(Frequency.IMMEDIATE);
        long suspended = member(Frequency.IMMEDIATE);
        Instant until = Instant.now().plus(Duration.ofDays(7));
        jdbc.update("update resident set banned_at = now() where id = ?", banned);
        jdbc.update("update resident set suspended_until = ? where id = ?", java.sql.Timestamp.from(until), suspended);

        scenario.publish(new ResidentSanctioned(suspended, until, "Propos insultants"))
                .andWaitForStateChange(() -> handled("FollowsOnStatusChange", suspended))
                .andVerify(handled -> assertThat(handled).isTrue());
        scenario.publish(new ResidentSanctioned(banned, null, "Spam"))
                .andWaitForStateChange(() -> follows.frequency(banned, membersTopic), found -> found.isEmpty())
                .andVerify(found -> assertThat(found).isEmpty());

        assertThat(follows.frequency(suspended, membersTopic)).contains(Frequency.IMMEDIATE);
    }

    /** A verified resident of the neighbourhood following its members-test topic. */
    private long member(Frequency frequency) {
        long resident = data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
        follows.follow(resident, membersTopic, frequency);
        return resident;
    }

    private List<Long> notified(String quoted) {
        return jdbc.queryForList("""
                select n.resident_id from notification n join topic_activity a on a.id = n.activity_id
                where a.content_ref = ?""", Long.class, quoted);
    }

    private long immediateEmailsTo(long resident) {
        return jdbc.queryForObject("select count(*) from outbox_email where recipient = ? and message_id like '<immediate-%'",
                Long.class, data.emailOf(resident));
    }

    /**
     * Whether the listener has handled the event about this resident: Spring Modulith marks its publication completed
     * once it ran without error. Waited for, rather than for some time, to prove that it changed nothing.
     */
    private boolean handled(String listener, long resident) {
        return jdbc.queryForObject("""
                select count(*) from event_publication
                where listener_id like ? and completion_date is not null and serialized_event like ?""", Long.class,
                "%" + listener + "%", "%\"residentId\":" + resident + ",%") > 0;
    }
}
