package org.voisinage.organisation;

import org.springframework.stereotype.Component;
import org.voisinage.common.SiteClock;
import org.voisinage.moderation.ContentType;
import org.voisinage.moderation.ModeratedRows;

/** Moderation of organisation pages: a hidden page leaves the directory; its members see why. */
@Component
class OrganisationModeration extends ModeratedRows<Organisation> {

    OrganisationModeration(OrganisationRepository organisations, SiteClock clock) {
        super(ContentType.ORGANISATION, organisations::findById, Organisation::redact, clock);
    }

    @Override
    protected Summary summary(Organisation o) {
        return new Summary(o.authorId(), o.getNeighbourhoodId(), o.getName(), o.getDescription(),
                "/organisations/" + o.getSlug());
    }

    @Override
    protected boolean seenBy(Organisation o, long residentId) {
        return !o.isHidden() || o.hasMember(residentId);
    }
}
