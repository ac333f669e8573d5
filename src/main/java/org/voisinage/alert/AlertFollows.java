package org.voisinage.alert;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
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

    /**
     * Not one transaction around both steps: the other module's listener of the same event may create the
     * resident's follower record at the same moment, and the loser of that race simply tries once more.
     */
    @Async
    @TransactionalEventListener
    void on(ResidentVerified verified) {
        if (verified.neighbourhoodId() == null) {
            return;
        }
        try {
            follow(verified);
        } catch (DataIntegrityViolationException raced) {
            follow(verified);
        }
    }

    private void follow(ResidentVerified verified) {
        if (follows.frequency(verified.residentId(), Alerts.topic(verified.neighbourhoodId())).isEmpty()) {
            follows.follow(verified.residentId(), Alerts.topic(verified.neighbourhoodId()), Frequency.IMMEDIATE);
        }
    }
}
