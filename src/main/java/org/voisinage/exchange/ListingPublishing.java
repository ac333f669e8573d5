package org.voisinage.exchange;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.Residents;
import org.voisinage.common.PhotoUpload;
import org.voisinage.common.Photos;
import org.voisinage.common.Refusal;
import org.voisinage.common.SiteClock;

/**
 * Verified residents publish listings in their neighbourhood and their authors change them: the rules across fields
 * ({@link ListingRules}), then the photos, each checked and re-encoded.
 */
@Service
@Transactional(readOnly = true)
public class ListingPublishing {

    private final ListingRepository listings;
    private final AuthorsListings authors;
    private final Residents residents;
    private final Photos photos;
    private final SiteClock clock;

    ListingPublishing(ListingRepository listings, AuthorsListings authors, Residents residents, Photos photos,
            SiteClock clock) {
        this.listings = listings;
        this.authors = authors;
        this.residents = residents;
        this.photos = photos;
        this.clock = clock;
    }

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
    public long publish(long authorId, ListingDraft draft) {
        if (!mayPublish(authorId)) {
            throw new AccessDeniedException("only verified residents publish listings");
        }
        check(draft, 0);
        Listing listing = new Listing(authorId, residents.get(authorId).neighbourhoodId(), clock.now());
        listing.apply(draft, ListingRules.expiry(draft, clock.today()), clock.zone());
        storePhotos(listing, draft);
        return listings.save(listing).getId();
    }

    /** The listing as it stands, to edit it: for its author only. */
    public ListingDraft draft(long id, long editorId) {
        return ListingDraft.of(authors.find(id, editorId), clock.zone());
    }

    /** @throws Refusal (invalid) a rule across fields refused it, or a photo was refused */
    @Transactional
    public void update(long id, long editorId, ListingDraft draft) {
        Listing listing = authors.lock(id, editorId);
        check(draft, listing.getPhotos().size());
        listing.apply(draft, ListingRules.expiry(draft, clock.today()), clock.zone());
        storePhotos(listing, draft);
    }

    /** The photos of a listing, for its author's edit page. */
    public List<ListingPhoto> photosOf(long id, long editorId) {
        return authors.find(id, editorId).photoRefs();
    }

    @Transactional
    public void removePhoto(long id, long editorId, String name) {
        Listing listing = authors.lock(id, editorId);
        if (listing.getPhotos().contains(name)) {
            listing.removePhoto(name);
            photos.delete(name);
        }
    }

    private void check(ListingDraft draft, int photosKept) {
        List<Refusal> refusals = ListingRules.check(draft, clock.nowHere(), photosKept);
        if (!refusals.isEmpty()) {
            throw Refusal.all(refusals);
        }
    }

    /** Each photo checked, re-encoded and stored; a refused one refuses the draft (files already written stay unused). */
    private void storePhotos(Listing listing, ListingDraft draft) {
        for (PhotoUpload upload : draft.photos()) {
            listing.addPhoto(photos.store(upload, "photos"));
        }
    }
}
