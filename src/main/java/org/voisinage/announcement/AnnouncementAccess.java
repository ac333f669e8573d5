package org.voisinage.announcement;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.voisinage.account.Viewer;
import org.voisinage.following.TopicAccess;
import org.voisinage.following.TopicAudience;

/**
 * Who may see, follow and change announcements: the one place that says it. Announcements are members-only: a live
 * announcement is read by the verified members of the neighbourhoods it was sent to, and by staff, who alone write,
 * edit and withdraw them. The topic "announcements" of a neighbourhood (its id) is followed by that neighbourhood's
 * members, never by email alone.
 */
@Component
public class AnnouncementAccess implements TopicAccess, org.voisinage.account.StaffScopedObjects {

    private final AnnouncementRepository announcements;

    AnnouncementAccess(AnnouncementRepository announcements) {
        this.announcements = announcements;
    }

    @Override
    public String adminPath() {
        return "/admin/annonces";
    }

    /** Before any admin page or action on it, even with a form refused: {@link #staffOf(Viewer, Announcement)}. */
    @Override
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public boolean staffOf(Viewer viewer, long id) {
        return announcements.findById(id).filter(a -> staffOf(viewer, a)).isPresent();
    }

    /** Whether the viewer may read a neighbourhood's announcements, and so follow them and receive them. */
    public boolean maySeeAnnouncementsOf(Viewer viewer, long neighbourhoodId) {
        return viewer.isMemberOf(neighbourhoodId);
    }

    /** Staff publish, edit and withdraw announcements. */
    public boolean mayChange(Viewer viewer) {
        return viewer.staff();
    }

    /**
     * Staff who see and change this announcement in the admin pages: administrators and global staff every one,
     * staff limited to some territories those sent only to neighbourhoods of theirs.
     */
    boolean staffOf(Viewer viewer, Announcement announcement) {
        return viewer.staff() && (!viewer.limitedStaff()
                || viewer.staffNeighbourhoods().containsAll(announcement.getNeighbourhoodIds()));
    }

    /** One announcement: its staff always; members of one of its neighbourhoods while it is live. */
    boolean maySee(Viewer viewer, Announcement announcement, Instant now) {
        if (staffOf(viewer, announcement)) {
            return true;
        }
        return announcement.isLive(now) && viewer.verified() && viewer.neighbourhoodId() != null
                && announcement.getNeighbourhoodIds().contains(viewer.neighbourhoodId());
    }

    @Override
    public String topicType() {
        return Announcements.TOPIC;
    }

    /** The topic's id is the neighbourhood's: no statement needed. */
    @Override
    public Map<Long, TopicAudience> audiences(Collection<Long> neighbourhoodIds) {
        return neighbourhoodIds.stream().distinct().collect(Collectors.toMap(Function.identity(),
                id -> (TopicAudience) viewer -> maySeeAnnouncementsOf(viewer, id)));
    }
}
