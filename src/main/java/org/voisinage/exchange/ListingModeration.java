package org.voisinage.exchange;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.voisinage.moderation.ContentRef;
import org.voisinage.moderation.ContentSnapshot;
import org.voisinage.moderation.ContentType;
import org.voisinage.moderation.ModeratedContent;

/** Listings as moderation sees them: reported, hidden (with the reason shown to the author), restored, redacted. */
@Component
class ListingModeration implements ModeratedContent {

    private final Listings listings;

    ListingModeration(Listings listings) {
        this.listings = listings;
    }

    @Override
    public ContentType type() {
        return ContentType.LISTING;
    }

    @Override
    public Optional<ContentSnapshot> snapshot(long id) {
        return listings.find(id).map(l -> new ContentSnapshot(new ContentRef(ContentType.LISTING, id), l.getAuthorId(),
                l.getNeighbourhoodId(), l.getTitle(), l.getDescription(), l.path(), l.isHidden()));
    }

    @Override
    public boolean visibleTo(long id, long residentId) {
        return listings.visibleTo(id, residentId);
    }

    @Override
    public void hide(long id, String reason) {
        listings.hide(id, reason);
    }

    @Override
    public void restore(long id) {
        listings.restore(id);
    }

    @Override
    public void redact(long id, String text) {
        listings.redact(id, text);
    }
}
