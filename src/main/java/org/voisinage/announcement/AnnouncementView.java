package org.voisinage.announcement;

import java.time.Instant;

/** An announcement as pages show it; {@code live} says whether residents see it now. */
public record AnnouncementView(long id, String title, String body, boolean pinned, Instant publishedAt,
        Instant expiresAt, Instant unpublishedAt, boolean live, Long territoryId, int neighbourhoods) {

    static AnnouncementView of(Announcement a, Instant now, int neighbourhoods) {
        return new AnnouncementView(a.getId(), a.getTitle(), a.getBody(), a.isPinned(), a.getPublishedAt(),
                a.getExpiresAt(), a.getUnpublishedAt(), a.isLive(now), a.getTerritoryId(), neighbourhoods);
    }
}
