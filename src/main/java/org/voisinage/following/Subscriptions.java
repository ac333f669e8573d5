package org.voisinage.following;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.common.NotFoundException;
import org.voisinage.following.internal.Keys;

/**
 * Managing follows through the key carried in every email, with no account: unsubscribe in one click
 * (RFC 8058), or choose another frequency. A topic's key reaches that follow only; the "all digests" key
 * reaches all of the follower's follows.
 */
@Service
@Transactional(readOnly = true)
public class Subscriptions {

    private final FollowerRepository followers;
    private final FollowRepository follows;
    private final Follows views;

    Subscriptions(FollowerRepository followers, FollowRepository follows, Follows views) {
        this.followers = followers;
        this.follows = follows;
        this.views = views;
    }

    /** @throws NotFoundException for an unknown key */
    public Subscription get(String key) {
        return new Subscription(key, isAllKey(key), views.views(reached(key)));
    }

    /** Turns off every follow the key reaches. Idempotent: again, it changes nothing. */
    @Transactional
    public void unsubscribe(String key) {
        if (isAllKey(key)) {
            follows.turnAllOff(followers.findByAllKey(key).orElseThrow().getId());
        } else {
            reached(key).forEach(follow -> follow.changeFrequency(Frequency.OFF));
        }
    }

    /** @throws NotFoundException for an unknown key, or a topic the key does not reach */
    @Transactional
    public void changeFrequency(String key, Topic topic, Frequency frequency) {
        reached(key).stream().filter(follow -> follow.getTopic().equals(topic)).findFirst()
                .orElseThrow(() -> new NotFoundException("follow", topic))
                .changeFrequency(frequency);
    }

    private boolean isAllKey(String key) {
        return Keys.looksValid(key) && followers.findByAllKey(key).isPresent();
    }

    private List<Follow> reached(String key) {
        if (!Keys.looksValid(key)) {
            throw new NotFoundException("unsubscribe key", "?");
        }
        return followers.findByAllKey(key)
                .map(follower -> follows.findByFollowerIdOrderByIdDesc(follower.getId()))
                .orElseGet(() -> List.of(follows.findByUnsubscribeKey(key)
                        .orElseThrow(() -> new NotFoundException("unsubscribe key", "?"))));
    }
}
