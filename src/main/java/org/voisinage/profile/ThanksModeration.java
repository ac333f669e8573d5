package org.voisinage.profile;

import org.springframework.stereotype.Component;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Residents;
import org.voisinage.common.SiteClock;
import org.voisinage.moderation.ContentType;
import org.voisinage.moderation.ModeratedRows;

/** Thanks for moderation: public on the recipient's profile, so whoever sees that profile may report one. */
@Component
class ThanksModeration extends ModeratedRows<Thanks> {

    private final Residents residents;
    private final ProfileAccess access;

    ThanksModeration(ThanksRepository thanks, Residents residents, ProfileAccess access, SiteClock clock) {
        super(ContentType.THANKS, thanks::findById, Thanks::redact, clock);
        this.residents = residents;
        this.access = access;
    }

    @Override
    protected Summary summary(Thanks t) {
        return new Summary(t.getAuthorId(),
                residents.find(t.getRecipientId()).map(ResidentView::neighbourhoodId).orElse(null), null, t.getText(),
                "/voisins/" + t.getRecipientId());
    }

    @Override
    protected boolean seenBy(Thanks t, long residentId) {
        return (!t.isHidden() || t.getAuthorId() == residentId)
                && access.maySee(residents.viewer(residentId), t.getRecipientId());
    }
}
