package org.voisinage.initiative;

import org.springframework.stereotype.Component;
import org.voisinage.common.SiteClock;
import org.voisinage.following.Follows;
import org.voisinage.moderation.ContentType;
import org.voisinage.moderation.ModeratedRows;

/** Moderation of the news organisers post, public like their initiative. */
@Component
class InitiativeUpdateModeration extends ModeratedRows<InitiativeUpdate> {

    private final InitiativeRepository initiatives;
    private final Follows follows;

    InitiativeUpdateModeration(InitiativeUpdateRepository updates, InitiativeRepository initiatives, Follows follows,
            SiteClock clock) {
        super(ContentType.INITIATIVE_UPDATE, updates::findById, InitiativeUpdate::redact, clock);
        this.initiatives = initiatives;
        this.follows = follows;
    }

    @Override
    protected Summary summary(InitiativeUpdate u) {
        Initiative i = initiatives.findById(u.getInitiativeId()).orElseThrow();
        return new Summary(u.getAuthorId(), i.getNeighbourhoodId(), i.getTitle(), u.getBody(),
                Initiatives.path(i.getId()) + "#update-" + u.getId());
    }

    @Override
    protected boolean seenBy(InitiativeUpdate u, long residentId) {
        return (!u.isHidden() || u.getAuthorId() == residentId)
                && initiatives.findById(u.getInitiativeId()).map(i -> !i.isHidden()).orElse(false);
    }

    /** Hidden or redacted news leaves the followers' in-app lists and digests too (they quoted it). */
    @Override
    protected void hiddenOrRedacted(long id) {
        follows.withdraw(Initiatives.quoted(id));
    }
}
