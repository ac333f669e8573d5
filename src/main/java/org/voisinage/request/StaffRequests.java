package org.voisinage.request;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Residents;
import org.voisinage.account.Viewer;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.PhotoUpload;
import org.voisinage.common.Photos;
import org.voisinage.common.Refusal;
import org.voisinage.common.SiteProperties;
import org.voisinage.notification.Email;
import org.voisinage.notification.Outbox;
import org.voisinage.request.RequestForms.NewRequestForm;

/**
 * Private requests to staff. A request is read by the resident who wrote it and by staff; anyone else is told it
 * does not exist. Staff answers are emailed to the resident; staff-only notes are never shown to them. Each message
 * may carry a few photos, read as their message is (a note's photos by staff only).
 */
@Service
@Transactional(readOnly = true)
public class StaffRequests {

    static final String NO_NEIGHBOURHOOD = "request.refused.noNeighbourhood";
    /** Photos one message may carry, as a listing's. */
    static final int MAX_PHOTOS = 4;

    private final StaffRequestRepository requests;
    private final RequestEntryRepository entries;
    private final RequestPhotoRepository attached;
    private final Photos photos;
    private final Residents residents;
    private final Outbox outbox;
    private final Clock clock;
    private final RequestProperties properties;
    private final String baseUrl;

    StaffRequests(StaffRequestRepository requests, RequestEntryRepository entries, RequestPhotoRepository attached,
            Photos photos, Residents residents, Outbox outbox, Clock clock, RequestProperties properties,
            SiteProperties site) {
        this.requests = requests;
        this.entries = entries;
        this.attached = attached;
        this.photos = photos;
        this.residents = residents;
        this.outbox = outbox;
        this.clock = clock;
        this.properties = properties;
        this.baseUrl = site.baseUrl();
    }

    /**
     * A resident writes to the staff of their territory, with the form's photos; the id of the request.
     *
     * @throws Refusal forbidden for someone with no neighbourhood (no territory's staff to write to); invalid on
     *         "photos": too many, or one refused (too large, not an image we read)
     */
    @Transactional
    public long open(long residentId, NewRequestForm form) {
        Viewer me = residents.viewer(residentId);
        if (me.territoryId() == null || me.barred()) {
            throw Refusal.forbidden(NO_NEIGHBOURHOOD);
        }
        List<String> stored = store(form.uploads());
        Instant now = clock.instant();
        StaffRequest request = requests.save(new StaffRequest(residentId, me.territoryId(), form.category(),
                form.subject(), now));
        RequestEntry entry = entries.save(new RequestEntry(request.getId(), residentId, form.body(), false, now));
        attach(entry, residentId, stored, now);
        return request.getId();
    }

    /** The resident's own requests, newest first (read by their owner only). */
    public List<RequestPage> mine(long residentId) {
        return requests.findByResidentIdOrderByCreatedAtDesc(residentId).stream()
                .map(r -> summary(r, Map.of())).toList();
    }

    /** The staff inbox, filtered (null: any territory, status or assignee). */
    public List<RequestPage> inbox(Viewer staff, Long territoryId, RequestStatus status, boolean mineOnly) {
        requireStaff(staff);
        // staff limited to some territories read only theirs (a territory's id of B from staff of A: none)
        List<StaffRequest> found = requests.inbox(territoryId, status, mineOnly ? staff.id() : null,
                !staff.limitedStaff(), staff.limitedStaff() ? staff.staffTerritories() : Set.of(-1L));
        Set<Long> people = new HashSet<>();
        found.forEach(r -> {
            people.add(r.getResidentId());
            if (r.getAssigneeId() != null) {
                people.add(r.getAssigneeId());
            }
        });
        Map<Long, ResidentView> names = residents.findAll(people);
        return found.stream().map(r -> summary(r, names)).toList();
    }

    /** One request with its messages, for its resident or staff (staff-only notes for staff only). */
    public RequestPage page(long id, Viewer viewer) {
        StaffRequest request = readable(id, viewer);
        List<RequestEntry> list = entries.findByRequestIdOrderByIdAsc(id).stream()
                .filter(e -> viewer.staffOf(request.getTerritoryId()) || !e.isStaffOnly()).toList();
        Set<Long> people = new HashSet<>();
        people.add(request.getResidentId());
        if (request.getAssigneeId() != null) {
            people.add(request.getAssigneeId());
        }
        list.forEach(e -> {
            if (e.getAuthorId() != null) {
                people.add(e.getAuthorId());
            }
        });
        Map<Long, ResidentView> names = residents.findAll(people);
        Map<Long, List<String>> photosByEntry = attached.findByRequestIdOrderByIdAsc(id).stream().collect(
                Collectors.groupingBy(RequestPhoto::getEntryId, Collectors.mapping(RequestPhoto::getFileName,
                        Collectors.toList())));
        RequestPage summary = summary(request, names);
        List<RequestPage.Message> messages = list.stream().map(e -> {
            boolean fromStaff = e.getAuthorId() == null || e.getAuthorId() != request.getResidentId();
            return new RequestPage.Message(nameOf(names, e.getAuthorId()), fromStaff, e.isStaffOnly(), e.getBody(),
                    e.getCreatedAt(), photosByEntry.getOrDefault(e.getId(), List.of()).stream()
                            .map(RequestPage.Photo::of).toList());
        }).toList();
        return new RequestPage(summary.id(), summary.residentId(), summary.residentName(), summary.territoryId(),
                summary.category(), summary.subject(), summary.status(), summary.assigneeId(), summary.assigneeName(),
                summary.createdAt(), summary.overdue(), messages);
    }

    /**
     * Adds a message: the resident's, or staff's answer (the resident is told by email); {@code staffOnly}: a note
     * for staff (staff only).
     */
    @Transactional
    public void write(long id, Viewer viewer, String body, boolean staffOnly) {
        write(id, viewer, body, staffOnly, List.of());
    }

    /**
     * {@link #write(long, Viewer, String, boolean)} with photos.
     *
     * @throws Refusal invalid on "photos": too many, or one refused (too large, not an image we read)
     */
    @Transactional
    public void write(long id, Viewer viewer, String body, boolean staffOnly, List<PhotoUpload> uploads) {
        StaffRequest request = readable(id, viewer);
        if (staffOnly && !viewer.staffOf(request.getTerritoryId())) {
            throw new NotFoundException("request", id);
        }
        List<String> stored = store(uploads);
        Instant now = clock.instant();
        RequestEntry entry = entries.save(new RequestEntry(id, viewer.id(), body, staffOnly, now));
        attach(entry, viewer.id(), stored, now);
        if (viewer.staffOf(request.getTerritoryId()) && !staffOnly && !viewer.is(request.getResidentId())) {
            request.answered(now);
            residents.details(request.getResidentId()).filter(r -> !r.status().name().equals("ERASED"))
                    .ifPresent(r -> outbox.queue(Email.to(r.email(), r.locale(), "request/email/answered",
                                    "request.email.answered.subject", request.getSubject())
                            .with("name", r.displayName())
                            .with("subject", request.getSubject())
                            .with("answer", body.strip())
                            .with("link", baseUrl + "/demandes/" + id)));
        }
    }

    /** Staff set the status, and take the request or leave it unassigned. */
    @Transactional
    public void handle(long id, Viewer staff, RequestStatus status, boolean mine) {
        StaffRequest request = readable(id, staff);
        if (!staff.staffOf(request.getTerritoryId())) {
            throw new NotFoundException("request", id);
        }
        request.handle(status, mine ? staff.id() : null);
    }

    /**
     * Emails staff the new requests nobody answered for the configured delay, once per request: to the assignee,
     * or to every member of staff when nobody took it. The number of requests reminded of.
     */
    @Transactional
    public int remindUnanswered() {
        Instant now = clock.instant();
        List<StaffRequest> late = requests.unansweredSince(now.minus(properties.reminderAfter()));
        if (late.isEmpty()) {
            return 0;
        }
        for (StaffRequest request : late) {
            residents.staffOf(request.getTerritoryId()).stream().filter(s -> request.getAssigneeId() == null || request.getAssigneeId() == s.id())
                    .forEach(s -> outbox.queue(Email.to(s.email(), s.locale(), "request/email/reminder",
                                    "request.email.reminder.subject", request.getSubject())
                            .with("name", s.displayName())
                            .with("subject", request.getSubject())
                            .with("link", baseUrl + "/demandes/" + request.getId())
                            .messageId("request-reminder-" + request.getId() + "-" + s.id())));
            request.reminded(now);
        }
        return late.size();
    }

    /**
     * A photo (or its thumbnail) of a request, for whoever may read the message it belongs to: the request's
     * resident and its territory's staff; a staff-only note's photo, staff only. Anyone else: not found.
     */
    public Path photo(long id, String name, Viewer viewer) {
        StaffRequest request = readable(id, viewer);
        String original = name.endsWith("-thumb.jpg") ? name.replace("-thumb.jpg", ".jpg") : name;
        RequestPhoto photo = attached.findByRequestIdAndFileName(id, original)
                .orElseThrow(() -> new NotFoundException("photo", name));
        boolean staffOnly = entries.findById(photo.getEntryId()).map(RequestEntry::isStaffOnly).orElse(true);
        if (staffOnly && !viewer.staffOf(request.getTerritoryId())) {
            throw new NotFoundException("photo", name);
        }
        return photos.open(name).orElseThrow(() -> new NotFoundException("photo", name));
    }

    /**
     * Each upload checked, re-encoded (no metadata) and stored, before any row is written; a refused one removes
     * those already stored and refuses the message.
     */
    private List<String> store(List<PhotoUpload> uploads) {
        if (uploads.size() > MAX_PHOTOS) {
            throw Refusal.invalid("photos", "request.photos.tooMany", MAX_PHOTOS);
        }
        List<String> stored = new ArrayList<>();
        try {
            for (PhotoUpload upload : uploads) {
                stored.add(photos.store(upload, "photos"));
            }
        } catch (Refusal refused) {
            stored.forEach(photos::delete);
            throw refused;
        }
        return stored;
    }

    private void attach(RequestEntry entry, long uploaderId, List<String> stored, Instant now) {
        stored.forEach(name -> attached.save(new RequestPhoto(entry.getRequestId(), entry.getId(), uploaderId, name,
                now)));
    }

    private StaffRequest readable(long id, Viewer viewer) {
        return requests.findById(id).filter(r -> viewer.staffOf(r.getTerritoryId()) || viewer.is(r.getResidentId()))
                .orElseThrow(() -> new NotFoundException("request", id));
    }

    private static void requireStaff(Viewer viewer) {
        if (!viewer.staff()) {
            throw new NotFoundException("request", 0);
        }
    }

    private RequestPage summary(StaffRequest r, Map<Long, ResidentView> names) {
        boolean overdue = r.getStatus() == RequestStatus.NEW && r.getAnsweredAt() == null
                && r.getCreatedAt().isBefore(clock.instant().minus(properties.reminderAfter()));
        return new RequestPage(r.getId(), r.getResidentId(), nameOf(names, r.getResidentId()), r.getTerritoryId(),
                r.getCategory(),
                r.getSubject(), r.getStatus(), r.getAssigneeId(), nameOf(names, r.getAssigneeId()), r.getCreatedAt(),
                overdue, List.of());
    }

    private static String nameOf(Map<Long, ResidentView> names, Long id) {
        return id == null || !names.containsKey(id) ? null : names.get(id).displayName();
    }
}
