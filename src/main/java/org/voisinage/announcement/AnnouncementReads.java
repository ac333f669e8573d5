package org.voisinage.announcement;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.Viewer;
import org.voisinage.common.Keyset;
import org.voisinage.common.SiteClock;

/**
 * Announcements as the read API gives them (issue 16), by the pages' own policy
 * ({@link AnnouncementAccess#maySee}): for the members of one of their neighbourhoods while live, and their staff.
 * None is public: anonymous callers and partners' application tokens get none.
 */
@Component
public class AnnouncementReads {

    public record AnnouncementResource(long id, String title, String body, Long territoryId,
            List<Long> neighbourhoodIds, boolean pinned, OffsetDateTime publishedAt, OffsetDateTime expiresAt,
            String path) {}

    private final AnnouncementRepository announcements;
    private final AnnouncementAccess access;
    private final SiteClock clock;

    AnnouncementReads(AnnouncementRepository announcements, AnnouncementAccess access, SiteClock clock) {
        this.announcements = announcements;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AnnouncementResource> announcements(Viewer viewer, Keyset.Scope scope, long after, int limit) {
        Instant now = clock.now();
        return Keyset.after(after, limit, (from, size) -> announcements.findByIdGreaterThanOrderByIdAsc(from,
                Limit.of(size)), Announcement::getId, a -> visible(viewer, scope, a, now), this::resource);
    }

    @Transactional(readOnly = true)
    public Optional<AnnouncementResource> announcement(Viewer viewer, Keyset.Scope scope, long id) {
        Instant now = clock.now();
        return announcements.findById(id).filter(a -> visible(viewer, scope, a, now)).map(this::resource);
    }

    private boolean visible(Viewer viewer, Keyset.Scope scope, Announcement a, Instant now) {
        return scope.includesAny(a.getNeighbourhoodIds()) && access.maySee(viewer, a, now);
    }

    private AnnouncementResource resource(Announcement a) {
        return new AnnouncementResource(a.getId(), a.getTitle(), a.getBody(), a.getTerritoryId(),
                a.getNeighbourhoodIds().stream().sorted().toList(), a.isPinned(), clock.here(a.getPublishedAt()),
                clock.here(a.getExpiresAt()), "/annonces/" + a.getId());
    }
}
