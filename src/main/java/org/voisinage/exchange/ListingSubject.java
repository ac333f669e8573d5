package org.voisinage.exchange;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.voisinage.messaging.ConversationSubject;
import org.voisinage.messaging.SubjectSummary;

/**
 * A listing as the subject of a conversation ("Contact" on its page): contactable while published, not expired,
 * not hidden; a service when its kind is SERVICE or SKILL.
 */
@Component
class ListingSubject implements ConversationSubject {

    static final String TYPE = "listing";

    private final Listings listings;

    ListingSubject(Listings listings) {
        this.listings = listings;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<SubjectSummary> find(long id) {
        return listings.find(id).map(l -> new SubjectSummary(TYPE, id, l.getTitle(), l.path(), l.getAuthorId(),
                l.getNeighbourhoodId(), l.isLive(listings.today()), l.getKind().isService()));
    }
}
