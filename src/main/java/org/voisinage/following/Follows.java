package org.voisinage.following;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentDetails;
import org.voisinage.account.Residents;
import org.voisinage.account.Viewer;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;
import org.voisinage.following.internal.Keys;
import org.voisinage.notification.Email;
import org.voisinage.notification.Outbox;

/** The following module's API for other modules, and the follow pages' use-cases. */
@Service
@Transactional(readOnly = true)
public class Follows {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Follows.class);

    /** What one click chooses when nothing else was chosen. */
    public static final Frequency DEFAULT_FREQUENCY = Frequency.DAILY;

    private final FollowerRepository followers;
    private final FollowRepository follows;
    private final FollowRequestRepository requests;
    private final TopicStore topics;
    private final TopicPolicies policies;
    private final Notifications notifications;
    private final Residents residents;
    private final Outbox outbox;
    private final Clock clock;
    private final Duration confirmationValidity;

    Follows(FollowerRepository followers, FollowRepository follows, FollowRequestRepository requests, TopicStore topics,
            TopicPolicies policies, Notifications notifications, Residents residents, Outbox outbox, Clock clock,
            FollowingProperties settings) {
        this.followers = followers;
        this.follows = follows;
        this.requests = requests;
        this.topics = topics;
        this.policies = policies;
        this.notifications = notifications;
        this.residents = residents;
        this.outbox = outbox;
        this.clock = clock;
        this.confirmationValidity = settings.confirmationValidity();
    }

    /**
     * A signed-in resident follows a topic (again); an existing follow keeps its frequency.
     *
     * @throws Refusal (forbidden) when the topic's policy does not let them (a members-only topic they may not see)
     */
    @Transactional
    public void follow(long residentId, Topic topic) {
        requireMayFollow(residentId, topic);
        Follower follower = residentFollower(residentId);
        if (follows.find(follower.getId(), topic.type(), topic.id()).isEmpty()) {
            follows.save(new Follow(follower.getId(), topic, DEFAULT_FREQUENCY, clock.instant()));
        }
    }

    /**
     * A signed-in resident follows a topic with the frequency they chose (OFF keeps the follow, silent).
     *
     * @throws Refusal (forbidden) when the topic's policy does not let them (a members-only topic they may not see)
     */
    @Transactional
    public void follow(long residentId, Topic topic, Frequency frequency) {
        requireMayFollow(residentId, topic);
        Follower follower = residentFollower(residentId);
        follows.find(follower.getId(), topic.type(), topic.id()).ifPresentOrElse(
                follow -> follow.changeFrequency(frequency),
                () -> follows.save(new Follow(follower.getId(), topic, frequency, clock.instant())));
    }

    /** Whether this resident (null: someone known by email only) may follow the topic, as its module's policy says. */
    public boolean mayFollow(Long residentId, Topic topic) {
        return policies.audience(topic).admits(residents.viewer(residentId));
    }

    /** Whether someone known only by their email address may follow the topic: public topics only. */
    public boolean mayFollowByEmail(Topic topic) {
        return policies.audience(topic).isPublic();
    }

    private void requireMayFollow(long residentId, Topic topic) {
        if (!mayFollow(residentId, topic)) {
            throw Refusal.forbidden("following.refused.notVisible");
        }
    }

    /**
     * Removes the resident's follows that their topics' policies no longer admit (rejected, banned, moved away), with
     * the in-app notifications of those topics; those still admitted are kept.
     *
     * @return how many follows were removed
     */
    @Transactional
    public int removeRefused(long residentId) {
        Optional<Follower> follower = followers.findByResidentId(residentId);
        if (follower.isEmpty()) {
            return 0;
        }
        List<Follow> all = follows.findByFollowerIdOrderByIdDesc(follower.get().getId());
        Viewer viewer = residents.viewer(residentId);
        Map<Topic, TopicAudience> audiences = policies.audiences(all.stream().map(Follow::getTopic).toList());
        List<Follow> refused = all.stream().filter(follow -> !audiences.get(follow.getTopic()).admits(viewer)).toList();
        follows.deleteAll(refused);
        notifications.forget(residentId, refused.stream().map(Follow::getTopic).toList());
        if (!refused.isEmpty()) {
            log.info("Resident {}: {} follows removed, their topics' policies no longer admit them", residentId,
                    refused.size());
        }
        return refused.size();
    }

    @Transactional
    public void unfollow(long residentId, Topic topic) {
        followers.findByResidentId(residentId)
                .flatMap(follower -> follows.find(follower.getId(), topic.type(), topic.id()))
                .ifPresent(follows::delete);
    }

    public boolean isFollowing(long residentId, Topic topic) {
        return frequency(residentId, topic).filter(frequency -> frequency != Frequency.OFF).isPresent();
    }

    /** The resident's follow of the topic, empty when they do not follow it. */
    public Optional<Frequency> frequency(long residentId, Topic topic) {
        return follows.findOfResident(residentId, topic.type(), topic.id()).map(Follow::getFrequency);
    }

    /** Residents following the topic with any frequency but OFF. */
    public List<Long> followingResidents(Topic topic) {
        return follows.followingResidents(topic.type(), topic.id());
    }

    /** What a resident follows, newest first. */
    public List<FollowView> followedBy(long residentId) {
        return followers.findByResidentId(residentId)
                .map(follower -> views(follows.findByFollowerIdOrderByIdDesc(follower.getId())))
                .orElse(List.of());
    }

    List<FollowView> views(List<Follow> list) {
        Map<Topic, TopicStore.Described> described = topics.describe(list.stream().map(Follow::getTopic).toList());
        return list.stream().map(follow -> {
            TopicStore.Described d = described.get(follow.getTopic());
            return new FollowView(follow.getTopic(), d == null ? null : d.title(), d == null ? null : d.path(),
                    follow.getFrequency());
        }).sorted(Comparator.comparing((FollowView v) -> v.title() == null ? "" : v.title())).toList();
    }

    /**
     * Someone without an account asks to follow a topic by email: a confirmation link is emailed (double
     * opt-in); nothing is followed until it is used.
     *
     * @throws Refusal (forbidden) when the topic is not public: members-only topics are for residents who may see them
     * @throws Refusal (conflict, on the email field) when this address already follows the topic
     */
    @Transactional
    public void requestByEmail(String email, Topic topic, Frequency frequency, Locale locale) {
        if (!mayFollowByEmail(topic)) {
            throw Refusal.forbidden("following.refused.membersOnly");
        }
        String address = email.strip();
        boolean alreadyFollowing = followers.findEmailFollower(address)
                .flatMap(follower -> follows.find(follower.getId(), topic.type(), topic.id()))
                .filter(follow -> follow.getFrequency() != Frequency.OFF)
                .isPresent();
        if (alreadyFollowing) {
            throw new Refusal(Refusal.Kind.CONFLICT, "email", "following.email.alreadyFollowing");
        }
        String token = Keys.random();
        Instant now = clock.instant();
        requests.save(new FollowRequest(Keys.sha256(token), address, locale, topic, frequency, now,
                now.plus(confirmationValidity)));
        TopicStore.Described described = topics.describe(List.of(topic)).get(topic);
        outbox.queue(Email.to(address, locale, "following/email/confirm", "following.email.confirm.subject")
                .with("topicTitle", described == null ? null : described.title())
                .with("token", token)
                .secret(token)
                // queued once per request all the same, without showing the token to staff
                .messageId("follow-confirm-" + Keys.sha256(token)));
    }

    /**
     * A moderator hid or redacted this content ("alert:42"): the activities quoting it leave the residents' in-app
     * lists and the digests not built yet (emails already sent cannot be recalled).
     *
     * @return how many activities were withdrawn
     */
    @Transactional
    public int withdraw(String content) {
        return topics.withdraw(content);
    }

    /** Whether a confirmation link can still be used, without using it (the page behind the link). */
    public Confirmation check(String token) {
        return request(token).map(this::state).orElse(Confirmation.UNKNOWN);
    }

    /** Uses a confirmation link: the address now follows the topic. A link works once, before it expires. */
    @Transactional
    public Confirmation confirm(String token) {
        Optional<FollowRequest> found = request(token);
        if (found.isEmpty()) {
            return Confirmation.UNKNOWN;
        }
        FollowRequest request = found.get();
        Confirmation state = state(request);
        if (state != Confirmation.CONFIRMED) {
            return state;
        }
        Instant now = clock.instant();
        request.confirm(now);
        Follower follower = followers.findEmailFollower(request.getEmail())
                .orElseGet(() -> followers.save(Follower.byEmail(request.getEmail(), request.getLocale(), now)));
        Topic topic = request.getTopic();
        follows.find(follower.getId(), topic.type(), topic.id()).ifPresentOrElse(
                follow -> follow.changeFrequency(request.getFrequency()),
                () -> follows.save(new Follow(follower.getId(), topic, request.getFrequency(), now)));
        return Confirmation.CONFIRMED;
    }

    private Optional<FollowRequest> request(String token) {
        return Keys.looksValid(token) ? requests.findByTokenHash(Keys.sha256(token)) : Optional.empty();
    }

    /** The policy is asked again at confirmation: the request may predate it, or the topic may have changed since. */
    private Confirmation state(FollowRequest request) {
        if (request.isConfirmed()) {
            return Confirmation.ALREADY_CONFIRMED;
        }
        if (request.isExpired(clock.instant())) {
            return Confirmation.EXPIRED;
        }
        return mayFollowByEmail(request.getTopic()) ? Confirmation.CONFIRMED : Confirmation.REFUSED;
    }

    /** The resident's follower record, created on their first follow; address and language as the account says. */
    private Follower residentFollower(long residentId) {
        ResidentDetails resident = residents.details(residentId)
                .orElseThrow(() -> new NotFoundException("resident", residentId));
        Follower follower = followers.findByResidentId(residentId)
                .orElseGet(() -> followers.save(Follower.resident(residentId, resident.email(), resident.locale(),
                        clock.instant())));
        follower.refresh(resident.email(), resident.locale());
        return follower;
    }
}
