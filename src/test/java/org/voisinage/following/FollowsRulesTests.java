package org.voisinage.following;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.test.util.ReflectionTestUtils;
import org.voisinage.account.ResidentDetails;
import org.voisinage.account.ResidentStatus;
import org.voisinage.account.Residents;
import org.voisinage.account.Role;
import org.voisinage.account.Viewer;
import org.voisinage.common.Refusal;
import org.voisinage.following.internal.Keys;
import org.voisinage.notification.Outbox;
import org.voisinage.support.TestTopics;

/**
 * {@link Follows}' rules without a database: its repositories and neighbours stand in as mocks, the topic policies
 * are real ({@link TopicPolicies} over a public "challenge" type and a members-only "alerts" type whose id is the
 * neighbourhood). Following, unfollowing, and the double opt-in of followers known by email alone.
 */
class FollowsRulesTests {

    static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    static final long RESIDENT = 42;
    static final Topic CHALLENGE = Topic.challenge(1);
    static final Topic ALERTS_OF_7 = new Topic("alerts", 7);

    final FollowerRepository followers = mock(FollowerRepository.class);
    final FollowRepository follows = mock(FollowRepository.class);
    final FollowRequestRepository requests = mock(FollowRequestRepository.class);
    final TopicStore topics = mock(TopicStore.class);
    final Notifications notifications = mock(Notifications.class);
    final Residents residents = mock(Residents.class);
    final Outbox outbox = mock(Outbox.class);
    final Follows service = new Follows(followers, follows, requests, topics,
            new TopicPolicies(List.of(
                    TestTopics.publicType("challenge"),
                    TestTopics.type("alerts", neighbourhood -> viewer -> viewer.isMemberOf(neighbourhood)))),
            notifications, residents, outbox, Clock.fixed(NOW, ZoneOffset.UTC),
            new FollowingProperties(500, Duration.ofDays(2), "unsubscribe@test"));

    /** The resident, verified in neighbourhood {@code neighbourhood}, already a follower (id 5). */
    Follower residentIn(long neighbourhood) {
        when(residents.viewer(RESIDENT)).thenReturn(
                new Viewer(RESIDENT, Role.RESIDENT, ResidentStatus.VERIFIED, neighbourhood, 1L, Set.of(), false));
        when(residents.details(RESIDENT)).thenReturn(Optional.of(new ResidentDetails(RESIDENT, "Léa", "lea@test",
                Role.RESIDENT, ResidentStatus.VERIFIED, neighbourhood, null, null, null, null, Locale.FRENCH, NOW, NOW,
                NOW, Set.of(), false)));
        Follower follower = withId(Follower.resident(RESIDENT, "lea@test", Locale.FRENCH, NOW), 5L);
        when(followers.findByResidentId(RESIDENT)).thenReturn(Optional.of(follower));
        return follower;
    }

    static <T> T withId(T entity, long id) {
        ReflectionTestUtils.setField(entity, "id", id);
        return entity;
    }

    @Test
    void aResidentFollowsAMembersOnlyTopicOfTheirNeighbourhoodOnlyAndIsRefusedElsewhere() {
        residentIn(8);

        assertThat(service.mayFollow(RESIDENT, ALERTS_OF_7)).isFalse();
        assertThatThrownBy(() -> service.follow(RESIDENT, ALERTS_OF_7, Frequency.IMMEDIATE))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
        assertThatThrownBy(() -> service.follow(RESIDENT, new Topic("nosuchtype", 1)))
                .isInstanceOf(Refusal.class);
        verify(follows, never()).save(any());

        residentIn(7);
        service.follow(RESIDENT, ALERTS_OF_7, Frequency.IMMEDIATE);
        ArgumentCaptor<Follow> saved = ArgumentCaptor.forClass(Follow.class);
        verify(follows).save(saved.capture());
        assertThat(saved.getValue().getTopic()).isEqualTo(ALERTS_OF_7);
        assertThat(saved.getValue().getFrequency()).isEqualTo(Frequency.IMMEDIATE);
    }

    @Test
    void oneClickKeepsTheFrequencyChosenBeforeWhileChoosingAFrequencyChangesIt() {
        residentIn(7);
        Follow existing = new Follow(5, CHALLENGE, Frequency.WEEKLY, NOW);
        when(follows.find(5L, "challenge", 1L)).thenReturn(Optional.of(existing));

        service.follow(RESIDENT, CHALLENGE);
        assertThat(existing.getFrequency()).isEqualTo(Frequency.WEEKLY);

        service.follow(RESIDENT, CHALLENGE, Frequency.OFF);
        assertThat(existing.getFrequency()).isEqualTo(Frequency.OFF);
        verify(follows, never()).save(any());
    }

    @Test
    void aFirstOneClickFollowIsDailyAndUnfollowingRemovesTheFollowOrNothing() {
        residentIn(7);
        service.follow(RESIDENT, CHALLENGE);
        ArgumentCaptor<Follow> saved = ArgumentCaptor.forClass(Follow.class);
        verify(follows).save(saved.capture());
        assertThat(saved.getValue().getFrequency()).isEqualTo(Follows.DEFAULT_FREQUENCY).isEqualTo(Frequency.DAILY);

        service.unfollow(RESIDENT, CHALLENGE); // nothing found: nothing deleted
        verify(follows, never()).delete(any());
        when(follows.find(5L, "challenge", 1L)).thenReturn(Optional.of(saved.getValue()));
        service.unfollow(RESIDENT, CHALLENGE);
        verify(follows).delete(saved.getValue());
        service.unfollow(99, CHALLENGE); // someone who never followed anything
    }

    @Test
    void followingByEmailIsForPublicTopicsOnlyAndAnAddressFollowingAlreadyIsToldSoOnItsField() {
        assertThatThrownBy(() -> service.requestByEmail("a@test", ALERTS_OF_7, Frequency.DAILY, Locale.FRENCH))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));

        Follower byEmail = withId(Follower.byEmail("a@test", Locale.FRENCH, NOW), 6L);
        when(followers.findEmailFollower("a@test")).thenReturn(Optional.of(byEmail));
        when(follows.find(6L, "challenge", 1L)).thenReturn(Optional.of(new Follow(6, CHALLENGE, Frequency.DAILY, NOW)));
        assertThatThrownBy(() -> service.requestByEmail(" a@test ", CHALLENGE, Frequency.DAILY, Locale.FRENCH))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT);
                    assertThat(r.field()).isEqualTo("email");
                });
        verify(requests, never()).save(any());
        verify(outbox, never()).queue(any());
    }

    @Test
    void anAddressWhoseFollowIsOffMayAskAgainAndOnlyTheTokensHashIsKept() {
        Follower byEmail = withId(Follower.byEmail("a@test", Locale.FRENCH, NOW), 6L);
        when(followers.findEmailFollower("a@test")).thenReturn(Optional.of(byEmail));
        when(follows.find(6L, "challenge", 1L)).thenReturn(Optional.of(new Follow(6, CHALLENGE, Frequency.OFF, NOW)));
        when(topics.describe(any())).thenReturn(Map.of());

        service.requestByEmail("a@test", CHALLENGE, Frequency.WEEKLY, Locale.ENGLISH);

        ArgumentCaptor<FollowRequest> saved = ArgumentCaptor.forClass(FollowRequest.class);
        verify(requests).save(saved.capture());
        String hash = (String) ReflectionTestUtils.getField(saved.getValue(), "tokenHash");
        assertThat(hash).hasSize(64);
        assertThat(saved.getValue().isExpired(NOW.plus(Duration.ofDays(2)))).isTrue();
        assertThat(saved.getValue().isExpired(NOW.plus(Duration.ofDays(2)).minusSeconds(1))).isFalse();
        verify(outbox).queue(any());
    }

    @Test
    void aConfirmationLinkFollowsOnceBeforeItExpiresAndOnlyWhileTheTopicIsPublic() {
        String token = Keys.random();
        FollowRequest request = new FollowRequest(Keys.sha256(token), "a@test", Locale.FRENCH, CHALLENGE,
                Frequency.WEEKLY, NOW.minusSeconds(60), NOW.plus(Duration.ofDays(1)));
        when(requests.findByTokenHash(Keys.sha256(token))).thenReturn(Optional.of(request));
        when(followers.findEmailFollower("a@test")).thenReturn(Optional.empty());
        when(followers.save(any())).thenAnswer(call -> withId((Follower) call.getArgument(0), 9L));

        assertThat(service.check("not a key")).isEqualTo(Confirmation.UNKNOWN);
        assertThat(service.confirm(Keys.random())).isEqualTo(Confirmation.UNKNOWN);
        assertThat(service.check(token)).isEqualTo(Confirmation.CONFIRMED);
        assertThat(request.isConfirmed()).as("checking uses nothing").isFalse();

        assertThat(service.confirm(token)).isEqualTo(Confirmation.CONFIRMED);
        ArgumentCaptor<Follow> saved = ArgumentCaptor.forClass(Follow.class);
        verify(follows).save(saved.capture());
        assertThat(saved.getValue().getFollowerId()).isEqualTo(9L);
        assertThat(saved.getValue().getFrequency()).isEqualTo(Frequency.WEEKLY);
        assertThat(service.confirm(token)).isEqualTo(Confirmation.ALREADY_CONFIRMED);
        verify(follows).save(any());
    }

    @Test
    void anExpiredLinkOrOneForATopicNoLongerPublicFollowsNothing() {
        String expired = Keys.random();
        when(requests.findByTokenHash(Keys.sha256(expired))).thenReturn(Optional.of(new FollowRequest(
                Keys.sha256(expired), "a@test", Locale.FRENCH, CHALLENGE, Frequency.DAILY, NOW.minusSeconds(120),
                NOW)));
        String membersOnly = Keys.random();
        when(requests.findByTokenHash(Keys.sha256(membersOnly))).thenReturn(Optional.of(new FollowRequest(
                Keys.sha256(membersOnly), "a@test", Locale.FRENCH, ALERTS_OF_7, Frequency.DAILY, NOW.minusSeconds(120),
                NOW.plusSeconds(3600))));

        assertThat(service.confirm(expired)).isEqualTo(Confirmation.EXPIRED);
        assertThat(service.confirm(membersOnly)).isEqualTo(Confirmation.REFUSED);
        verify(follows, never()).save(any());
        verify(followers, never()).save(any());
    }

    @Test
    void aRefusedResidentLosesOnlyTheFollowsTheirTopicsNoLongerAdmitAndTheirNotifications() {
        residentIn(8); // moved from 7 to 8
        Follow alerts = new Follow(5, ALERTS_OF_7, Frequency.IMMEDIATE, NOW);
        Follow challenge = new Follow(5, CHALLENGE, Frequency.DAILY, NOW);
        when(follows.findByFollowerIdOrderByIdDesc(5L)).thenReturn(List.of(alerts, challenge));

        assertThat(service.removeRefused(RESIDENT)).isOne();
        verify(follows).deleteAll(List.of(alerts));
        verify(notifications).forget(RESIDENT, List.of(ALERTS_OF_7));
        assertThat(service.removeRefused(99)).as("not a follower").isZero();
        verify(residents, never()).viewer(eq(99L));
    }
}
