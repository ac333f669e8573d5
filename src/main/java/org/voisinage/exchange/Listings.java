package org.voisinage.exchange;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.voisinage.common.SiteClock;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentDetails;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Residents;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Photos;
import org.voisinage.common.Refusal;
import org.voisinage.common.SiteProperties;
import org.voisinage.exchange.internal.ExtendLinks;
import org.voisinage.neighbourhood.NearbyNeighbourhood;
import org.voisinage.neighbourhood.Neighbourhoods;
import org.voisinage.notification.Email;
import org.voisinage.notification.Outbox;
import org.voisinage.organisation.OrganisationDeal;
import org.voisinage.organisation.Organisations;

/**
 * The exchange module's API: verified residents publish listings in their neighbourhood (seen by neighbourhoods
 * within the radius they choose), browse and search them, lend objects and get them back; the nightly jobs warn
 * of expiries (with a one-click extension), expire listings and remind loans. Every list is read in a fixed number
 * of statements, whatever its length.
 */
@Service
@Transactional(readOnly = true)
public class Listings {

    private final ListingRepository listings;
    private final ListingAccess access;
    private final Residents residents;
    private final Neighbourhoods neighbourhoods;
    private final Organisations organisations;
    private final Photos photos;
    private final Outbox outbox;
    private final ExtendLinks links;
    private final EntityManager entityManager;
    private final Clock clock;
    private final ZoneId zone;
    private final String baseUrl;
    private final int noticeDays;
    private final int loanReminderDays;

    Listings(ListingRepository listings, ListingAccess access, Residents residents, Neighbourhoods neighbourhoods,
            Organisations organisations, Photos photos, Outbox outbox, ExtendLinks links, EntityManager entityManager,
            Clock clock, SiteClock siteClock,
            SiteProperties site,
            ExchangeProperties settings) {
        this.listings = listings;
        this.access = access;
        this.residents = residents;
        this.neighbourhoods = neighbourhoods;
        this.organisations = organisations;
        this.photos = photos;
        this.outbox = outbox;
        this.links = links;
        this.entityManager = entityManager;
        this.clock = clock;
        this.zone = siteClock.zone();
        this.baseUrl = site.baseUrl();
        this.noticeDays = settings.expiryNoticeDays();
        this.loanReminderDays = settings.loanReminderDays();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    ZonedDateTime now() {
        return ZonedDateTime.now(clock.withZone(zone));
    }

    // For other modules

    /** The resident's active (published, not expired, not hidden) listings, newest first. */
    public List<ListingSummary> activeOf(long residentId) {
        return summaries(listings.findActiveOf(residentId, today()));
    }

    /**
     * The resident's active listings that {@code viewerId} may see (a profile seen from another neighbourhood shows
     * only those whose radius reaches it), newest first.
     */
    public List<ListingSummary> activeOf(long residentId, long viewerId) {
        List<Listing> active = listings.findActiveOf(residentId, today());
        Set<Long> visible = visibleAmong(active, viewerId);
        return summaries(active.stream().filter(l -> visible.contains(l.getId())).toList());
    }

    private static List<ListingSummary> summaries(List<Listing> list) {
        return list.stream().map(l -> new ListingSummary(l.getId(), l.getTitle(), l.getKind().labelKey(),
                l.getDirection() == ListingDirection.OFFER, l.path(), l.getExpiresOn())).toList();
    }

    public Optional<Listing> find(long id) {
        return listings.findById(id);
    }

    /** The listings with these ids (unknown ones left out), in one query. */
    public List<Listing> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : listings.findAllById(Set.copyOf(ids));
    }

    /** Whether the resident may see the listing: its neighbourhood's members, those within its radius, moderators. */
    public boolean visibleTo(long id, long residentId) {
        Optional<Listing> listing = listings.findById(id);
        return listing.isPresent() && access.maySee(residents.viewer(residentId), listing.get());
    }

    // Publishing

    /** Whether the resident may publish: verified, in a neighbourhood, not suspended nor banned. */
    public boolean mayPublish(long residentId) {
        return residents.find(residentId).filter(r -> r.verified() && r.neighbourhoodId() != null).isPresent()
                && !residents.isBarred(residentId);
    }

    /**
     * @throws Refusal (invalid) a rule across fields refused it, or a photo was refused
     * @throws AccessDeniedException the author may not publish (not verified, suspended)
     */
    @Transactional
    public long publish(long authorId, ListingForm form) {
        if (!mayPublish(authorId)) {
            throw new AccessDeniedException("only verified residents publish listings");
        }
        check(form, 0);
        ResidentView author = residents.get(authorId);
        Listing listing = new Listing(authorId, author.neighbourhoodId(), clock.instant());
        listing.apply(form, ListingRules.expiry(form, today()), zone);
        storePhotos(listing, form);
        return listings.save(listing).getId();
    }

    /** The form to edit a listing, for its author only. */
    public ListingForm form(long id, long editorId) {
        return ListingForm.of(own(listings.findById(id), id, editorId), zone);
    }

    @Transactional
    public void update(long id, long editorId, ListingForm form) {
        Listing listing = own(listings.lock(id), id, editorId);
        check(form, listing.getPhotos().size());
        listing.apply(form, ListingRules.expiry(form, today()), zone);
        storePhotos(listing, form);
    }

    /** The photos of a listing, for its author's edit page. */
    public List<ListingPhoto> photosOf(long id, long editorId) {
        return own(listings.findById(id), id, editorId).photoRefs();
    }

    @Transactional
    public void removePhoto(long id, long editorId, String name) {
        Listing listing = own(listings.lock(id), id, editorId);
        if (listing.getPhotos().contains(name)) {
            listing.removePhoto(name);
            photos.delete(name);
        }
    }

    private void check(ListingForm form, int photosKept) {
        List<Refusal> refusals = ListingRules.check(form, now(), photosKept);
        if (!refusals.isEmpty()) {
            throw Refusal.all(refusals);
        }
    }

    /** Each photo checked, re-encoded and stored; a refused one refuses the form (files already written stay unused). */
    private void storePhotos(Listing listing, ListingForm form) {
        for (var upload : form.chosenPhotos()) {
            String stored;
            try (InputStream in = upload.getInputStream()) {
                stored = photos.store(in, upload.getSize());
            } catch (Refusal e) {
                throw Refusal.invalid("photos", e.code());
            } catch (IOException e) {
                throw Refusal.invalid("photos", "common.photo.unreadable");
            }
            listing.addPhoto(stored);
        }
    }

    private Listing own(Optional<Listing> found, long id, long residentId) {
        Listing listing = found.orElseThrow(() -> new NotFoundException("listing", id));
        if (!listing.isAuthor(residentId)) {
            // someone else's listing: those who may see it learn it exists, no more
            if (!access.maySee(residents.viewer(residentId), listing)) {
                throw new NotFoundException("listing", id);
            }
            throw new AccessDeniedException("only its author edits a listing");
        }
        return listing;
    }

    // Lending

    @Transactional
    public void lend(long id, long ownerId, LoanForm form) {
        Listing listing = own(listings.lock(id), id, ownerId);
        if (form.returnOn().isBefore(today())) {
            throw Refusal.invalid("returnOn", "exchange.loan.returnOn.past");
        }
        listing.lend(form.lentTo(), form.returnOn());
    }

    @Transactional
    public void markReturned(long id, long ownerId) {
        own(listings.lock(id), id, ownerId).returned(clock.instant());
    }

    // Reading

    /** A listing's page for a viewer; 404 for those who may not see it (other neighbourhoods, hidden ones). */
    public ListingPage page(long id, long viewerId) {
        Listing listing = listings.findById(id).orElseThrow(() -> new NotFoundException("listing", id));
        if (!access.maySee(residents.viewer(viewerId), listing)) {
            throw new NotFoundException("listing", id);
        }
        ResidentView author = residents.get(listing.getAuthorId());
        boolean mine = listing.isAuthor(viewerId);
        boolean live = listing.isLive(today());
        return new ListingPage(listing, author.displayName(), author.streetLabel(),
                neighbourhoods.get(listing.getNeighbourhoodId()), mine, live && !mine, listing.isExpired(today()),
                listing.photoRefs());
    }

    /**
     * The ids of those listings the resident may see, by the listing policy, in a fixed number of statements whatever
     * their number (the inbox's subjects, a profile's listings).
     */
    public Set<Long> visibleAmong(Collection<Listing> candidates, long residentId) {
        return candidates.isEmpty() ? Set.of() : access.visibleAmong(residents.viewer(residentId), candidates);
    }

    /** A stored photo of a listing the viewer may see. */
    public Path photo(String name, long viewerId) {
        String original = name.endsWith("-thumb.jpg") ? name.replace("-thumb.jpg", ".jpg") : name;
        Path file = photos.open(name).orElseThrow(() -> new NotFoundException("photo", name));
        long id = listings.findIdByPhoto(original).orElseThrow(() -> new NotFoundException("photo", name));
        if (!visibleTo(id, viewerId)) {
            throw new NotFoundException("photo", name);
        }
        return file;
    }

    /** A browse page and, for good deals, the shops' current deals of the same neighbourhoods. */
    public record Browse(Page<ListingCard> page, List<OrganisationDeal> deals, boolean member) {}

    /**
     * Live listings the viewer may see, newest first (best match first when searching): a fixed number of
     * statements (neighbourhoods within 10 km, the count, the page, its thumbnails), whatever the page holds.
     */
    public Browse browse(long viewerId, BrowseFilter filter, Pageable pageable) {
        ResidentView viewer = residents.find(viewerId).orElse(null);
        if (viewer == null || !viewer.verified() || viewer.neighbourhoodId() == null) {
            return new Browse(Page.empty(pageable), List.of(), false);
        }
        long home = viewer.neighbourhoodId();
        List<NearbyNeighbourhood> near = neighbourhoods.within(home, BrowseFilter.MAX_KM);
        Map<Long, String> names = near.stream().collect(Collectors.toMap(NearbyNeighbourhood::id,
                n -> n.neighbourhood().name(), (a, b) -> a));
        // listings of a neighbourhood k km away are shown when their radius reaches it: 1, 3 or 10 km
        List<Long> within1 = ids(near, home, 1, filter.distance());
        List<Long> within3 = ids(near, home, 3, filter.distance());
        List<Long> within10 = ids(near, home, 10, filter.distance());

        StringBuilder where = new StringBuilder("""
                 from listing l where l.hidden_at is null and l.expired_at is null and l.expires_on >= :today
                 and (l.neighbourhood_id = :home or (l.neighbourhood_id in (:within1) and l.radius_km >= 1)
                      or (l.neighbourhood_id in (:within3) and l.radius_km >= 3)
                      or (l.neighbourhood_id in (:within10) and l.radius_km >= 10))""");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("today", today());
        parameters.put("home", home);
        parameters.put("within1", within1);
        parameters.put("within3", within3);
        parameters.put("within10", within10);
        if (filter.kind() != null) {
            where.append(" and l.kind = :kind");
            parameters.put("kind", filter.kind().name());
        }
        if (filter.category() != null) {
            where.append(" and l.category = :category");
            parameters.put("category", filter.category().name());
        }
        if (filter.direction() != null) {
            where.append(" and l.direction = :direction");
            parameters.put("direction", filter.direction().name());
        }
        String order = " order by l.created_at desc, l.id desc";
        if (filter.query() != null) {
            where.append(" and l.search @@ websearch_to_tsquery('french', exchange_unaccent(:q))");
            parameters.put("q", filter.query());
            order = " order by ts_rank(l.search, websearch_to_tsquery('french', exchange_unaccent(:q))) desc,"
                    + " l.created_at desc, l.id desc";
        }
        Query count = entityManager.createNativeQuery("select count(*)" + where);
        Query select = entityManager.createNativeQuery("select l.*" + where + order + " limit :limit offset :offset",
                Listing.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            select.setParameter(name, value);
        });
        long total = ((Number) count.getSingleResult()).longValue();
        List<Listing> rows = List.of();
        if (total > pageable.getOffset()) {
            select.setParameter("limit", pageable.getPageSize());
            select.setParameter("offset", pageable.getOffset());
            @SuppressWarnings("unchecked")
            List<Listing> found = select.getResultList();
            rows = found;
        }
        List<ListingCard> cards = cards(rows, names);
        List<OrganisationDeal> deals = filter.kind() == ListingKind.GOOD_DEAL
                ? organisations.currentDeals(near.stream().filter(n -> n.km() <= filter.distance())
                        .map(NearbyNeighbourhood::id).toList())
                : List.of();
        return new Browse(new PageImpl<>(cards, pageable, total), deals, true);
    }

    /** The neighbourhoods within {@code km} and the distance filter, other than home; -1 keeps "in ()" valid SQL. */
    private static List<Long> ids(List<NearbyNeighbourhood> near, long home, int km, int distance) {
        List<Long> ids = new ArrayList<>(List.of(-1L));
        near.stream().filter(n -> n.id() != home && n.km() <= km && n.km() <= distance)
                .forEach(n -> ids.add(n.id()));
        return ids;
    }

    /** Every listing of the author, hidden and expired ones too, newest first. */
    public Page<ListingCard> mine(long authorId, Pageable pageable) {
        Page<Listing> page = listings.findByAuthorIdOrderByCreatedAtDescIdDesc(authorId, pageable);
        Map<Long, String> names = new HashMap<>();
        residents.find(authorId).map(ResidentView::neighbourhoodId).filter(n -> !page.isEmpty())
                .ifPresent(n -> names.put(n, neighbourhoods.get(n).name()));
        return new PageImpl<>(cards(page.getContent(), names), pageable, page.getTotalElements());
    }

    private List<ListingCard> cards(List<Listing> rows, Map<Long, String> neighbourhoodNames) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, String> thumbnails = new LinkedHashMap<>();
        for (Object[] row : listings.findFirstPhotos(rows.stream().map(Listing::getId).toList())) {
            thumbnails.put(((Number) row[0]).longValue(), Photos.thumbnailName((String) row[1]));
        }
        LocalDate today = today();
        return rows.stream().map(l -> new ListingCard(l.getId(), l.getTitle(), l.getDirection(), l.getKind(),
                l.getCategory(), neighbourhoodNames.get(l.getNeighbourhoodId()), thumbnails.get(l.getId()),
                l.getExpiresOn(), l.getCreatedAt(), l.isHidden(), l.isExpired(today), l.getRideFrom(), l.getRideTo(),
                l.rideDepartureLocal(zone), l.getDealWhere(), l.getDealUntil(), l.isLent())).toList();
    }

    // Expiry

    /** What the extension link shows: the listing, or empty when the link is forged or already used. */
    public Optional<Listing> extendable(long id, String token) {
        return listings.findById(id).filter(l -> links.matches(id, l.getExpiresOn(), token));
    }

    /**
     * Extends a listing {@value ListingRules#DEFAULT_DAYS} days from today through the emailed link.
     *
     * @return the new expiry date; empty when the link is forged or was already used (the expiry it was signed
     *         for changed)
     */
    @Transactional
    public Optional<LocalDate> extend(long id, String token) {
        Optional<Listing> listing = listings.lock(id).filter(l -> links.matches(id, l.getExpiresOn(), token));
        listing.ifPresent(l -> l.extendTo(today().plusDays(ListingRules.DEFAULT_DAYS)));
        return listing.map(Listing::getExpiresOn);
    }

    /**
     * Emails the author of each live listing expiring within the notice period, once per expiry date: the date it
     * was sent for is kept on the row, and the Message-ID is derived from it, so a second run sends nothing.
     */
    @Transactional
    public int sendExpiryNotices() {
        LocalDate today = today();
        int sent = 0;
        for (long id : listings.findExpiringUnnoticed(today, today.plusDays(noticeDays))) {
            Listing listing = listings.lock(id).orElseThrow();
            Optional<ResidentDetails> author = residents.details(listing.getAuthorId());
            if (author.isPresent()) {
                String token = links.token(id, listing.getExpiresOn());
                String link = baseUrl + "/echanges/" + id + "/prolonger?jeton=" + token;
                outbox.queue(Email.to(author.get().email(), author.get().locale(), "exchange/email/expiry",
                                "exchange.email.expiry.subject", listing.getTitle())
                        .with("name", author.get().displayName())
                        .with("title", listing.getTitle())
                        .with("expiresOn", listing.getExpiresOn())
                        .with("link", link)
                        .secret(token)
                        .with("listingLink", baseUrl + listing.path())
                        .messageId("listing-" + id + "-expiry-" + listing.getExpiresOn()));
                sent++;
            }
            listing.expiryNoticeSent();
        }
        return sent;
    }

    /** Marks expired the listings whose date has passed; running twice changes nothing. */
    @Transactional
    public int expireOverdue() {
        List<Long> overdue = listings.findOverdue(today());
        overdue.forEach(id -> listings.findById(id).ifPresent(l -> l.expire(clock.instant())));
        return overdue.size();
    }

    /** Reminds owners (and tells them to remind borrowers) before and on the return date, exactly once each. */
    @Transactional
    public int sendLoanReminders() {
        LocalDate today = today();
        int sent = 0;
        for (long id : listings.findLoansToRemind(today.plusDays(loanReminderDays))) {
            Listing listing = listings.lock(id).orElseThrow();
            Optional<LoanReminders.Reminder> reminder = LoanReminders.due(listing.getLentReturnOn(), today,
                    loanReminderDays, listing.getReminderBeforeFor(), listing.getReminderDueFor());
            if (reminder.isEmpty()) {
                continue;
            }
            String what = reminder.get().name().toLowerCase();
            residents.details(listing.getAuthorId()).ifPresent(owner -> outbox.queue(
                    Email.to(owner.email(), owner.locale(), "exchange/email/loan-reminder",
                                    "exchange.email.loan." + what + ".subject", listing.getTitle())
                            .with("name", owner.displayName())
                            .with("bodyKey", "exchange.email.loan." + what + ".body")
                            .with("title", listing.getTitle())
                            .with("lentTo", listing.getLentTo())
                            .with("returnOn", listing.getLentReturnOn())
                            .with("link", baseUrl + listing.path())
                            .messageId("listing-" + id + "-loan-" + what + "-" + listing.getLentReturnOn())));
            listing.reminderSent(reminder.get());
            sent++;
        }
        return sent;
    }
}
