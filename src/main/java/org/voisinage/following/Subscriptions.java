package org.voisinage.following;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.common.NotFoundException;

/**
 * Managing follows through the key carried in every email, with no account: unsubscribe in one click
 * (RFC 8058), or choose another frequency. A topic's key reaches that follow only; the "all digests" key
 * reaches all of the follower's follows.
 */
@Service
@Transactional(readOnly = true)
public class Subscriptions {

    private final UnsubscribeKeys keys;
    private final FollowRepository follows;
    private final Follows views;

    Subscriptions(UnsubscribeKeys keys, FollowRepository follows, Follows views) {
        this.keys = keys;
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
        UnsubscribeKeys.Reach reach = reach(key);
        if (reach.allTopics()) {
            follows.turnAllOff(reach.followerId());
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
        return keys.find(key).map(UnsubscribeKeys.Reach::allTopics).orElse(false);
    }

    private UnsubscribeKeys.Reach reach(String key) {
        return keys.find(key).orElseThrow(() -> new NotFoundException("unsubscribe key", "?"));
    }

    private List<Follow> reached(String key) {
        UnsubscribeKeys.Reach reach = reach(key);
        return reach.allTopics() ? follows.findByFollowerIdOrderByIdDesc(reach.followerId())
                : follows.findById(reach.followId()).stream().toList();
    }
}
