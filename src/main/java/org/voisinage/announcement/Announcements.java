package org.voisinage.announcement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.voisinage.common.SiteClock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Viewer;
import org.voisinage.account.Residents;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;
import org.voisinage.following.Frequency;
import org.voisinage.following.NeighbourhoodDefaultFollow;
import org.voisinage.following.Topic;
import org.voisinage.following.TopicActivity;
import org.voisinage.moderation.AuditTrail;
import org.voisinage.neighbourhood.NeighbourhoodSummary;
import org.voisinage.neighbourhood.Neighbourhoods;
import org.voisinage.neighbourhood.TerritoryWithNeighbourhoods;

/**
 * Staff publish, edit and withdraw announcements; residents read those of their neighbourhood. Email goes
 * through the following module: each neighbourhood's announcements are a topic its residents follow.
 */
@Service
@Transactional(readOnly = true)
public class Announcements {

    /** The topic type of a neighbourhood's announcements: {@code new Topic("announcements", neighbourhoodId)}. */
    public static final String TOPIC = "announcements";

    private final AnnouncementRepository announcements;
    private final AnnouncementAccess access;
    private final Residents residents;
    private final Neighbourhoods neighbourhoods;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneId zone;

    Announcements(AnnouncementRepository announcements, AnnouncementAccess access, Residents residents,
            Neighbourhoods neighbourhoods, AuditTrail audit,
            ApplicationEventPublisher events, MessageSource messages, Clock clock,
            SiteClock siteClock) {
        this.announcements = announcements;
        this.access = access;
        this.residents = residents;
        this.neighbourhoods = neighbourhoods;
        this.audit = audit;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
        this.zone = siteClock.zone();
    }

    public static Topic topic(long neighbourhoodId) {
        return new Topic(TOPIC, neighbourhoodId);
    }

    /** Every verified resident follows their neighbourhood's announcements in the daily digest (changed on /annonces). */
    @org.springframework.context.annotation.Bean
    static NeighbourhoodDefaultFollow announcementsDefaultFollow() {
        return new NeighbourhoodDefaultFollow(TOPIC, Frequency.DAILY);
    }

    /** What the resident's home and /annonces show: their neighbourhood's live announcements, pinned first. */
    public List<AnnouncementView> forResident(ResidentView me, int max) {
        if (me == null || me.neighbourhoodId() == null
                || !access.maySeeAnnouncementsOf(residents.viewer(me.id()), me.neighbourhoodId())) {
            return List.of();
        }
        Instant now = clock.instant();
        return announcements.findLive(me.neighbourhoodId(), now, PageRequest.of(0, max)).stream()
                .map(a -> AnnouncementView.of(a, now, 0)).toList();
    }

    /** One announcement for a resident: only if it goes to their neighbourhood (or they are staff) and is live. */
    public AnnouncementView get(long id, ResidentView me) {
        Announcement a = announcements.findById(id).orElseThrow(() -> new NotFoundException("announcement", id));
        Instant now = clock.instant();
        if (!access.maySee(residents.viewer(me == null ? null : me.id()), a, now)) {
            throw new NotFoundException("announcement", id);
        }
        return AnnouncementView.of(a, now, a.getNeighbourhoodIds().size());
    }

    /** Staff: the latest announcements, live or not (those of their territories for staff limited to some). */
    public List<AnnouncementView> latest(long staffId, int max) {
        Instant now = clock.instant();
        Viewer staff = residents.viewer(staffId);
        List<Announcement> found = staff.limitedStaff()
                ? announcements.findSentOnlyTo(staff.staffNeighbourhoods(), PageRequest.of(0, max))
                : announcements.findAllByOrderByPublishedAtDesc(PageRequest.of(0, max));
        return found.stream().map(a -> AnnouncementView.of(a, now, a.getNeighbourhoodIds().size())).toList();
    }

    /** The territories this staff member may send announcements to, with their neighbourhoods. */
    public List<TerritoryWithNeighbourhoods> audiencesFor(long staffId) {
        Viewer staff = residents.viewer(staffId);
        return neighbourhoods.territoriesWithNeighbourhoods(staff::staffOf);
    }

    /** The form filled with the announcement as it is, for editing; not found outside the staff's territories. */
    public AnnouncementForm formOf(long id, long staffId) {
        Announcement a = find(id, staffId);
        LocalDate expiresOn = a.getExpiresAt() == null ? null
                : a.getExpiresAt().atZone(zone).toLocalDate().minusDays(1);
        return new AnnouncementForm(a.getTitle(), a.getBody(), a.getTerritoryId(),
                a.getTerritoryId() == null ? List.copyOf(a.getNeighbourhoodIds()) : List.of(), a.isPinned(), expiresOn);
    }

    /**
     * Publishes an announcement and tells each neighbourhood's followers (at once, or in their digest).
     *
     * @throws Refusal when the audience is missing or unknown, or the expiry is past
     */
    @Transactional
    public long publish(long staffId, AnnouncementForm form) {
        Instant now = clock.instant();
        Announcement a = new Announcement(staffId, now);
        fill(a, form, now, residents.viewer(staffId));
        announcements.save(a);
        audit.record(staffId, "announcement.publish", "announcement:" + a.getId(), a.getTitle());
        for (long neighbourhoodId : a.getNeighbourhoodIds()) {
            NeighbourhoodSummary n = neighbourhoods.get(neighbourhoodId);
            events.publishEvent(new TopicActivity(topic(neighbourhoodId), topicTitle(n), "/annonces/" + a.getId(),
                    "announcement", "announcement.activity.published", List.of(a.getTitle()), 0, true, now));
        }
        events.publishEvent(new AnnouncementPublished(a.getId(), a.getNeighbourhoodIds(), a.getTitle()));
        return a.getId();
    }

    /** Corrects an announcement; followers are not told again. */
    @Transactional
    public void update(long id, long staffId, AnnouncementForm form) {
        Announcement a = find(id, staffId);
        fill(a, form, clock.instant(), residents.viewer(staffId));
        audit.record(staffId, "announcement.edit", "announcement:" + id, a.getTitle());
    }

    /** Withdraws an announcement from every page. */
    @Transactional
    public void unpublish(long id, long staffId) {
        Announcement a = find(id, staffId);
        a.unpublish(clock.instant());
        audit.record(staffId, "announcement.unpublish", "announcement:" + id, a.getTitle());
    }

    private void fill(Announcement a, AnnouncementForm form, Instant now, Viewer staff) {
        Instant expiresAt = null;
        if (form.expiresOn() != null) {
            // the announcement is shown through the whole of its last day
            expiresAt = form.expiresOn().plusDays(1).atStartOfDay(zone).toInstant();
            if (!expiresAt.isAfter(now)) {
                throw Refusal.invalid("expiresOn", "announcement.refused.expiryPast");
            }
        }
        Set<Long> audience = new LinkedHashSet<>();
        if (form.territoryId() != null) {
            if (neighbourhoods.territories().stream().noneMatch(t -> t.id() == form.territoryId())) {
                throw Refusal.invalid("territoryId", "announcement.refused.unknownTerritory");
            }
            neighbourhoods.allOfTerritory(form.territoryId()).forEach(n -> audience.add(n.id()));
        } else {
            Set<Long> known = new java.util.HashSet<>(neighbourhoods.all().stream().map(NeighbourhoodSummary::id).toList());
            for (Long id : form.neighbourhoodsOrNone()) {
                if (!known.contains(id)) {
                    throw Refusal.invalid("neighbourhoodIds", "announcement.refused.unknownNeighbourhood");
                }
                audience.add(id);
            }
        }
        if (audience.isEmpty()) {
            throw Refusal.invalid("neighbourhoodIds", "announcement.refused.noAudience");
        }
        if (audience.stream().anyMatch(id -> !staff.staffOfNeighbourhood(id))) {
            // staff limited to some territories send only there; other territories are unknown to them
            throw Refusal.invalid(form.territoryId() != null ? "territoryId" : "neighbourhoodIds",
                    form.territoryId() != null ? "announcement.refused.unknownTerritory"
                            : "announcement.refused.unknownNeighbourhood");
        }
        a.write(form.title(), form.body(), form.isPinned(), expiresAt);
        a.sendTo(form.territoryId(), audience);
    }

    /** An announcement this staff member sees in the admin pages; another territory's is not found. */
    private Announcement find(long id, long staffId) {
        Viewer staff = residents.viewer(staffId); // read first: it may leave the announcement detached otherwise
        return announcements.findById(id).filter(a -> access.staffOf(staff, a))
                .orElseThrow(() -> new NotFoundException("announcement", id));
    }

    /** The topic's title in emails and on /suivis, in the site's language (one title per topic). */
    private String topicTitle(NeighbourhoodSummary n) {
        return messages.getMessage("announcement.topic.title", new Object[] {n.name()}, Locale.FRENCH);
    }

}
