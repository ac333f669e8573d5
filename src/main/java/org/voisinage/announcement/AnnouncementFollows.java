package org.voisinage.announcement;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.voisinage.account.ResidentVerified;
import org.voisinage.following.Follows;
import org.voisinage.following.Frequency;

/**
 * A newly verified resident follows their neighbourhood's announcements in the daily digest; they may change it
 * to immediate, weekly or off on /annonces. A follow they already have is kept as they chose it.
 */
@Component
class AnnouncementFollows {

    private final Follows follows;

    AnnouncementFollows(Follows follows) {
        this.follows = follows;
    }

    @ApplicationModuleListener
    void on(ResidentVerified verified) {
        if (verified.neighbourhoodId() != null
                && follows.frequency(verified.residentId(), Announcements.topic(verified.neighbourhoodId())).isEmpty()) {
            follows.follow(verified.residentId(), Announcements.topic(verified.neighbourhoodId()), Frequency.DAILY);
        }
    }
}
