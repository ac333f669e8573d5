package org.voisinage.following;

import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.voisinage.account.ResidentVerified;

/** A newly verified resident follows their neighbourhood's default topics; a follow they already have is kept. */
@Component
class DefaultFollowsOnVerification {

    private final Follows follows;
    private final List<NeighbourhoodDefaultFollow> defaults;

    DefaultFollowsOnVerification(Follows follows, List<NeighbourhoodDefaultFollow> defaults) {
        this.follows = follows;
        this.defaults = defaults;
    }

    @ApplicationModuleListener
    void on(ResidentVerified verified) {
        if (verified.neighbourhoodId() == null) {
            return;
        }
        for (NeighbourhoodDefaultFollow topic : defaults) {
            Topic followed = new Topic(topic.topicType(), verified.neighbourhoodId());
            // asked first: the listener runs after the verification, and may run again later (status changed since)
            if (follows.frequency(verified.residentId(), followed).isEmpty()
                    && follows.mayFollow(verified.residentId(), followed)) {
                follows.follow(verified.residentId(), followed, topic.frequency());
            }
        }
    }
}
