package org.voisinage.exchange;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
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
        return listings.find(id).map(l -> summary(l, listings.today()));
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
