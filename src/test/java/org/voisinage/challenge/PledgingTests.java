package org.voisinage.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.voisinage.common.Refusal;
import org.voisinage.following.Follows;
import org.voisinage.following.Frequency;
import org.voisinage.following.Topic;
import org.voisinage.notification.Outbox;
import org.voisinage.support.TestData;

/** Pledging on the real database: scope, once per resident, withdrawal, paper pledges, milestones, the goal, expiry. */
@SpringBootTest
// unused MockMvc: the annotations of the other tests, so that they share one cached context
@AutoConfigureMockMvc
@Import(ChallengeTestConfiguration.class)
class PledgingTests {

    @Autowired Challenges challenges;
    @Autowired ChallengeEditing editing;
    @Autowired ChallengeLifecycle lifecycle;
    @Autowired ChallengePledges pledges;
    @Autowired ChallengeTestConfiguration.Fixtures fixtures;
    @Autowired Follows follows;
    @Autowired ChallengeTestConfiguration.Activities activities;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired Outbox outbox;

    long territory;
    long north;
    long south;

    @BeforeEach
    void place() {
        long[] ids = fixtures.territoryAndTwoNeighbourhoods();
        territory = ids[0];
        north = ids[1];
        south = ids[2];
    }

    long resident(long neighbourhood) {
        return data.resident("RESIDENT", "VERIFIED", neighbourhood, null);
    }

    @Test
    void aResidentPledgesOnceFollowsAndMayWithdrawBeforeTheGoal() {
        long id = fixtures.open(north, 10, null);
        long camille = resident(north);

        pledges.pledge(id, camille, true);

        assertThat(challenges.page(id, null).onlinePledges()).isEqualTo(1);
        assertThat(follows.isFollowing(camille, Topic.challenge(id))).isTrue();
        assertThat(activities.of(id, "pledges")).singleElement()
                .satisfies(a -> assertThat(a.count()).isEqualTo(1))
                .satisfies(a -> assertThat(a.topicPath()).isEqualTo("/defis/" + id));
        assertThatThrownBy(() -> pledges.pledge(id, camille, true)).hasMessage("challenge.refused.twice");

        pledges.withdraw(id, camille);
        assertThat(challenges.page(id, null).onlinePledges()).isZero();
        assertThatThrownBy(() -> pledges.withdraw(id, camille)).hasMessage("challenge.refused.notPledged");
    }

    @Test
    void unticking_followDoesNotFollow() {
        long id = fixtures.open(north, 10, null);
        long hugo = resident(north);
        pledges.pledge(id, hugo, false);
        assertThat(follows.isFollowing(hugo, Topic.challenge(id))).isFalse();
    }

    @Test
    void pendingOutOfScopeAndDraftAreRefused() {
        long id = fixtures.open(north, 10, null);
        assertThatThrownBy(() -> pledges.pledge(id, data.resident("RESIDENT", "PENDING", north, null), true))
                .hasMessage("challenge.refused.pending");
        assertThatThrownBy(() -> pledges.pledge(id, resident(south), true)).hasMessage("challenge.refused.outOfScope");
        long otherTerritory = fixtures.territoryAndTwoNeighbourhoods()[1];
        assertThatThrownBy(() -> pledges.pledge(id, resident(otherTerritory), true))
                .hasMessage("challenge.refused.outOfScope");
        long draft = editing.create(fixtures.form("n-" + north, 10, null));
        assertThatThrownBy(() -> pledges.pledge(draft, resident(north), true))
                .isInstanceOf(org.voisinage.common.NotFoundException.class);
    }

    @Test
    void aTerritoryWideChallengeTakesEveryNeighbourhoodOfItsTerritory() {
        long id = editing.create(fixtures.form("t-" + territory, 10, null));
        lifecycle.open(id);
        pledges.pledge(id, resident(north), true);
        pledges.pledge(id, resident(south), true);
        assertThat(challenges.page(id, null).total()).isEqualTo(2);
    }

    @Test
    void concurrentPledgesNeverPassTheCap() throws Exception {
        long id = fixtures.open(north, 20, 30);
        List<Long> residents = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            residents.add(resident(north));
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (long resident : residents) {
            Callable<Boolean> pledge = () -> {
                start.await();
                try {
                    pledges.pledge(id, resident, true);
                    return true;
                } catch (Refusal e) {
                    assertThat(e.code()).isEqualTo("challenge.refused.capped");
                    return false;
                }
            };
            outcomes.add(pool.submit(pledge));
        }
        start.countDown();
        int accepted = 0;
        for (Future<Boolean> outcome : outcomes) {
            accepted += outcome.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(accepted).isEqualTo(30);
        assertThat(challenges.page(id, null).onlinePledges()).isEqualTo(30);
        assertThat(jdbc.queryForObject("select count(*) from challenge_pledge where challenge_id = ?", Integer.class, id))
                .isEqualTo(30);
        assertThat(challenges.page(id, null).state()).isEqualTo(ChallengeState.GOAL_REACHED);
        assertThat(jdbc.queryForList("select percent from challenge_milestone where challenge_id = ? order by percent",
                Integer.class, id)).containsExactly(25, 50, 75, 100);
        assertThat(activities.of(id, "milestone")).hasSize(4);
        assertThat(activities.of(id, "pledges")).hasSize(30);
    }

    @Test
    void paperPledgesCountAreShownApartAndRecordMilestonesOnce() {
        long id = fixtures.open(north, 100, null);
        long staff = data.resident("STAFF", "VERIFIED", null, null);
        pledges.addOffline(id, new OfflinePledgeForm(30, "Réunion du 12 mars"), staff);
        long lea = resident(north);
        pledges.pledge(id, lea, true);
        pledges.withdraw(id, lea);
        pledges.pledge(id, resident(north), true);

        ChallengeViews.Page page = challenges.page(id, null);
        assertThat(page.total()).isEqualTo(31);
        assertThat(page.offlinePledges()).isEqualTo(30);
        assertThat(page.offline()).singleElement().satisfies(o -> assertThat(o.note()).isEqualTo("Réunion du 12 mars"));
        assertThat(page.milestones()).extracting(ChallengeViews.Milestone::percent).containsExactly(25);
        assertThat(activities.of(id, "milestone")).hasSize(1);
        assertThat(activities.of(id, "milestone").get(0).immediate()).isTrue();
    }

    @Test
    void reachingTheGoalEmailsTheTargetItsLinkAndEveryPledgerButImmediateFollowers() {
        ChallengeForm form = fixtures.form("n-" + north, 3, null);
        long id = editing.create(form);
        lifecycle.open(id);
        long immediate = resident(north);
        long daily = resident(north);
        long notFollowing = resident(north);
        pledges.pledge(id, immediate, true);
        follows.follow(immediate, Topic.challenge(id), Frequency.IMMEDIATE);
        pledges.pledge(id, daily, true);
        pledges.pledge(id, notFollowing, false);

        ChallengeViews.Page page = challenges.page(id, null);
        assertThat(page.state()).isEqualTo(ChallengeState.GOAL_REACHED);
        assertThat(page.history()).extracting(ChallengeViews.HistoryEntry::state)
                .containsExactly(ChallengeState.DRAFT, ChallengeState.OPEN, ChallengeState.GOAL_REACHED);
        assertThat(activities.of(id, "state")).extracting(a -> a.messageKey())
                .contains("challenge.activity.state.GOAL_REACHED");
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(outbox.latestTo(form.targetEmail())).hasValueSatisfying(
                    email -> assertThat(email.textBody()).contains("/defis/" + id + "/reponse?expires="));
            assertThat(outbox.latestTo(data.emailOf(notFollowing))).isPresent();
            assertThat(outbox.latestTo(data.emailOf(daily))).isPresent();
        });
        // the immediate follower hears of it from the following module, not twice
        outbox.latestTo(data.emailOf(immediate))
                .ifPresent(email -> assertThat(email.messageId()).doesNotContain("challenge-" + id + "-goal"));

        lifecycle.answer(id, new AnswerForm(true, "Les composteurs arrivent en juin."));
        assertThat(activities.of(id, "answer")).singleElement().satisfies(a -> assertThat(a.immediate()).isTrue());
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                outbox.latestTo(data.emailOf(notFollowing)).orElseThrow().subject()).contains("répondu"));
    }

    @Test
    void theExpiryJobExpiresOpenChallengesPastTheirDeadlineOnce() {
        long id = fixtures.open(north, 10, null);
        long reached = fixtures.open(north, 1, null);
        pledges.pledge(reached, resident(north), true);
        jdbc.update("update challenge set opens_on = current_date - 20, deadline = current_date - 2 where id in (?, ?)",
                id, reached);

        assertThat(lifecycle.expireOverdue()).isGreaterThanOrEqualTo(1);
        assertThat(lifecycle.expireOverdue()).isZero();

        assertThat(challenges.page(id, null).state()).isEqualTo(ChallengeState.EXPIRED);
        assertThat(challenges.page(reached, null).state()).isEqualTo(ChallengeState.GOAL_REACHED);
        assertThat(challenges.page(id, null).history()).extracting(ChallengeViews.HistoryEntry::state)
                .containsOnlyOnce(ChallengeState.EXPIRED);
    }
}
