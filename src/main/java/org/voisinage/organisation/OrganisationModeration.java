package org.voisinage.organisation;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.moderation.ContentRef;
import org.voisinage.moderation.ContentSnapshot;
import org.voisinage.moderation.ContentType;
import org.voisinage.moderation.ModeratedContent;

/** Moderation of organisation pages: a hidden page leaves the directory; its members see why. */
@Component
@Transactional
class ModeratedOrganisations implements ModeratedContent {

    private final OrganisationRepository organisations;
    private final Clock clock;

    ModeratedOrganisations(OrganisationRepository organisations, Clock clock) {
        this.organisations = organisations;
        this.clock = clock;
    }

    @Override
    public ContentType type() {
        return ContentType.ORGANISATION;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ContentSnapshot> snapshot(long id) {
        return organisations.findById(id).map(o -> new ContentSnapshot(new ContentRef(ContentType.ORGANISATION, id),
                o.authorId(), o.getNeighbourhoodId(), o.getName(), o.getDescription(), "/organisations/" + o.getSlug(),
                o.isHidden()));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean visibleTo(long id, long residentId) {
        return organisations.findById(id).map(o -> !o.isHidden() || o.hasMember(residentId)).orElse(false);
    }

    @Override
    public void hide(long id, String reason) {
        organisations.findById(id).ifPresent(o -> o.hide(reason, clock.instant()));
    }

    @Override
    public void restore(long id) {
        organisations.findById(id).ifPresent(Organisation::restore);
    }

    @Override
    public void redact(long id, String text) {
        organisations.findById(id).ifPresent(o -> o.redact(text));
    }
}
