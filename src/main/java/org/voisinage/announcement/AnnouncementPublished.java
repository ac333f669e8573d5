package org.voisinage.announcement;

import java.util.Set;

/** Staff published an announcement to these neighbourhoods. Issue 16: webhooks tell partners. */
public record AnnouncementPublished(long announcementId, Set<Long> neighbourhoodIds, String title) {

    public AnnouncementPublished {
        neighbourhoodIds = Set.copyOf(neighbourhoodIds);
    }
}
