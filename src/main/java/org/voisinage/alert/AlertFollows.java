package org.voisinage.alert;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.voisinage.account.ResidentVerified;
import org.voisinage.following.Follows;
import org.voisinage.following.Frequency;

/**
 * A newly verified resident receives their neighbourhood's alerts at once by email; they may turn it off (or to
 * a digest) on /alertes. A follow they already have is kept as they chose it.
 */
@Component
class AlertFollows {

    private final Follows follows;

    AlertFollows(Follows follows) {
        this.follows = follows;
    }

    @ApplicationModuleListener
    void on(ResidentVerified verified) {
        if (verified.neighbourhoodId() != null
                && follows.frequency(verified.residentId(), Alerts.topic(verified.neighbourhoodId())).isEmpty()) {
            follows.follow(verified.residentId(), Alerts.topic(verified.neighbourhoodId()), Frequency.IMMEDIATE);
        }
    }
}
