package org.voisinage.exchange;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.voisinage.account.Viewer;
import org.voisinage.messaging.ConversationSubject;
import org.voisinage.messaging.SubjectSummary;

/**
 * A listing as the subject of a conversation ("Contact" on its page): contactable while published, not expired,
 * not hidden; a service when its kind is SERVICE or SKILL. Seen (and so contacted about, and its title shown in
 * conversations) by those who may see its page.
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
        return listings.find(id).map(l -> summary(l, listings.today()));
    }

    @Override
    public boolean maySee(Viewer viewer, long id) {
        return viewer.signedIn() && listings.visibleTo(id, viewer.id());
    }

    /** The inbox's subjects the reader may see, in a fixed number of statements. */
    @Override
    public Set<Long> visibleAmong(Viewer viewer, Collection<Long> ids) {
        return viewer.signedIn() ? listings.visibleAmong(listings.findAll(ids), viewer.id()) : Set.of();
    }

    /** The inbox's subjects in one query. */
    @Override
    public Map<Long, SubjectSummary> findAll(Collection<Long> ids) {
        LocalDate today = listings.today();
        return listings.findAll(ids).stream().map(l -> summary(l, today))
                .collect(Collectors.toMap(SubjectSummary::id, Function.identity()));
    }

    private static SubjectSummary summary(Listing l, LocalDate today) {
        return new SubjectSummary(TYPE, l.getId(), l.getTitle(), l.path(), l.getAuthorId(), l.getNeighbourhoodId(),
                l.isLive(today), l.getKind().isService());
    }
}
