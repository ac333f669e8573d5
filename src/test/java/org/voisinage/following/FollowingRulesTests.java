package org.voisinage.following;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.voisinage.account.ResidentStatus;
import org.voisinage.account.Role;
import org.voisinage.account.Viewer;
import org.voisinage.common.SiteClock;
import org.voisinage.following.internal.Keys;

/**
 * The following module's rules that need no database: which policy answers for a topic (an unclaimed type, an unknown
 * id: nobody), the periods digests cover, when the schedule thinks "today" is, double opt-in links expiring, and what
 * an activity must say.
 */
class FollowingRulesTests {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Viewer MEMBER_OF_7 = new Viewer(42, Role.RESIDENT, ResidentStatus.VERIFIED, 7L, 1L, Set.of(), false);

    /** A policy answering for one type, counting how often it is asked. */
    static final class CountingAccess implements TopicAccess {
        final String type;
        final Set<Long> known;
        final Function<Long, TopicAudience> audience;
        final List<Collection<Long>> calls = new ArrayList<>();

        CountingAccess(String type, Set<Long> known, Function<Long, TopicAudience> audience) {
            this.type = type;
            this.known = known;
            this.audience = audience;
        }

        @Override
        public String topicType() {
            return type;
        }

        @Override
        public Map<Long, TopicAudience> audiences(Collection<Long> ids) {
            calls.add(List.copyOf(ids));
            return ids.stream().filter(known::contains).distinct()
                    .collect(Collectors.toMap(Function.identity(), audience));
        }
    }

    final CountingAccess publicTopics = new CountingAccess("challenge", Set.of(1L, 2L), id -> TopicAudience.EVERYONE);
    final CountingAccess membersOnly = new CountingAccess("alerts", Set.of(7L),
            id -> viewer -> viewer.isMemberOf(id));
    final TopicPolicies policies = new TopicPolicies(List.of(publicTopics, membersOnly));

    @Test
    void aTypeNoModuleClaimsAdmitsNobodyNotEvenStaff() {
        Viewer admin = new Viewer(1, Role.ADMIN, ResidentStatus.VERIFIED, null, null, Set.of(), false);
        TopicAudience audience = policies.audience(new Topic("nosuchtype", 1));

        assertThat(audience.admits(admin)).isFalse();
        assertThat(audience.admits(Viewer.ANONYMOUS)).isFalse();
        assertThat(audience.isPublic()).isFalse();
    }

    @Test
    void anIdItsModuleDoesNotKnowAdmitsNobody() {
        assertThat(policies.audience(Topic.challenge(1)).isPublic()).isTrue();
        assertThat(policies.audience(Topic.challenge(99)).admits(MEMBER_OF_7)).isFalse();
    }

    @Test
    void aMembersOnlyTopicAdmitsItsMembersAndNeverSomeoneKnownByEmailAlone() {
        TopicAudience alerts = policies.audience(new Topic("alerts", 7));

        assertThat(alerts.admits(MEMBER_OF_7)).isTrue();
        assertThat(alerts.isPublic()).isFalse();
        assertThat(policies.audience(new Topic("alerts", 8)).admits(MEMBER_OF_7)).isFalse();
    }

    @Test
    void theAudiencesOfManyTopicsAskEachPolicyOnceAndUnknownOnesAdmitNobody() {
        List<Topic> topics = List.of(Topic.challenge(1), Topic.challenge(2), Topic.challenge(3), new Topic("alerts", 7),
                new Topic("alerts", 8), new Topic("nosuchtype", 1));

        Map<Topic, TopicAudience> audiences = policies.audiences(topics);

        assertThat(audiences).containsOnlyKeys(topics);
        assertThat(publicTopics.calls).hasSize(1);
        assertThat(publicTopics.calls.get(0)).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(membersOnly.calls).hasSize(1);
        assertThat(audiences.get(Topic.challenge(2)).isPublic()).isTrue();
        assertThat(audiences.get(Topic.challenge(3)).admits(MEMBER_OF_7)).isFalse();
        assertThat(audiences.get(new Topic("alerts", 7)).admits(MEMBER_OF_7)).isTrue();
        assertThat(audiences.get(new Topic("alerts", 8)).admits(MEMBER_OF_7)).isFalse();
        assertThat(audiences.get(new Topic("nosuchtype", 1)).admits(MEMBER_OF_7)).isFalse();
    }

    @Test
    void aDailyDigestTellsWhatHappenedUntilMidnightOfItsDayLookingBackThreeDaysAtMost() {
        DigestPeriod period = DigestPeriod.daily(LocalDate.of(2026, 3, 29), PARIS); // the night clocks go forward

        assertThat(period.kind()).isEqualTo(Frequency.DAILY);
        assertThat(period.end()).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
        assertThat(period.lookbackStart()).isEqualTo(Instant.parse("2026-03-25T23:00:00Z"));
        assertThat(period.messageId(12)).isEqualTo("digest-daily-2026-03-29-12")
                .startsWith(period.messageIdPrefix());
    }

    @Test
    void aWeeklyDigestIsNamedByItsMondayWhicheverDayItIsBuiltLookingBackThreeWeeks() {
        LocalDate monday = LocalDate.of(2026, 11, 30);
        for (int day = 0; day < 7; day++) {
            DigestPeriod period = DigestPeriod.weekly(monday.plusDays(day), PARIS);
            assertThat(period.start()).isEqualTo(monday);
            assertThat(period.end()).isEqualTo(Instant.parse("2026-11-29T23:00:00Z"));
            assertThat(period.lookbackStart()).isEqualTo(Instant.parse("2026-11-08T23:00:00Z"));
        }
        assertThat(DigestPeriod.weekly(monday.minusDays(1), PARIS).start()).isEqualTo(monday.minusWeeks(1));
        assertThat(DigestPeriod.of(Frequency.WEEKLY, monday.plusDays(3), PARIS).start().getDayOfWeek())
                .isEqualTo(DayOfWeek.MONDAY);
        assertThat(DigestPeriod.of(Frequency.DAILY, monday.plusDays(3), PARIS).start()).isEqualTo(monday.plusDays(3));
        assertThat(DigestPeriod.weekly(monday, PARIS).messageIdPrefix())
                .isNotEqualTo(DigestPeriod.daily(monday, PARIS).messageIdPrefix());
    }

    @Test
    void digestsAreDailyOrWeeklyNeverImmediateNorOff() {
        LocalDate day = LocalDate.of(2026, 1, 1);
        Instant midnight = day.atStartOfDay(PARIS).toInstant();
        assertThatThrownBy(() -> new DigestPeriod(Frequency.IMMEDIATE, day, midnight, midnight))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DigestPeriod(Frequency.OFF, day, midnight, midnight))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theScheduleBuildsTheDigestOfTheSitesDayNotTheServersDay() {
        // 23:30 UTC on 31 December is already 1 January in Paris
        Clock utc = Clock.fixed(Instant.parse("2026-12-31T23:30:00Z"), ZoneOffset.UTC);
        DigestSchedule schedule = new DigestSchedule(null, utc, SiteClock.of(utc, PARIS));

        assertThat(schedule.today()).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void aConfirmationLinkExpiresAtItsExpiryInstantAndIsConfirmedOnce() {
        Instant now = Instant.parse("2026-06-01T10:00:00Z");
        FollowRequest request = new FollowRequest(Keys.sha256(Keys.random()), "a@example.org", Locale.ENGLISH,
                Topic.challenge(5), Frequency.WEEKLY, now, now.plus(Duration.ofDays(2)));

        assertThat(request.isExpired(now.plus(Duration.ofDays(2)).minusMillis(1))).isFalse();
        assertThat(request.isExpired(now.plus(Duration.ofDays(2)))).isTrue();
        assertThat(request.isConfirmed()).isFalse();
        request.confirm(now.plusSeconds(60));
        assertThat(request.isConfirmed()).isTrue();
        assertThat(request.getTopic()).isEqualTo(Topic.challenge(5));
        assertThat(request.getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(request.getFrequency()).isEqualTo(Frequency.WEEKLY);
    }

    @Test
    void onlyKeysOfTheShapeWeSendAreLookedUpAndOnlyTheirHashIsStored() {
        String key = Keys.random();

        assertThat(Keys.looksValid(key)).isTrue();
        assertThat(Keys.random()).isNotEqualTo(key);
        assertThat(Keys.sha256(key)).isEqualTo(Keys.sha256(key)).doesNotContain(key).hasSize(64);
        for (String forged : new String[] {null, "", "short", key + "x", key.substring(1) + "'", "../" + key}) {
            assertThat(Keys.looksValid(forged)).as(String.valueOf(forged)).isFalse();
        }
    }

    @Test
    void anActivityNamesItsTopicKindAndMessageAndCountsNothingNegative() {
        Instant now = Instant.now();
        List<String> args = new ArrayList<>(List.of("50 %"));
        TopicActivity activity = new TopicActivity(Topic.challenge(1), "Défi", "/defis/1", "milestone",
                "following.activity.update", args, 0, true, now);
        args.add("changed afterwards");

        assertThat(activity.messageArgs()).containsExactly("50 %");
        assertThat(activity.content()).isNull();
        assertThat(activity.quoting("alert:3").content()).isEqualTo("alert:3");
        assertThat(new TopicActivity(Topic.challenge(1), "t", "/p", "pledges", "k", null, 2, false, now).messageArgs())
                .isEmpty();
        assertThatThrownBy(() -> new TopicActivity(Topic.challenge(1), "t", "/p", "pledges", "k", List.of(), -1, false,
                now)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TopicActivity(null, "t", "/p", "pledges", "k", List.of(), 0, false, now))
                .isInstanceOf(NullPointerException.class);
    }
}
