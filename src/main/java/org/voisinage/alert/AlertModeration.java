package org.voisinage.alert;

import org.springframework.stereotype.Component;
import org.voisinage.account.Residents;
import org.voisinage.common.SiteClock;
import org.voisinage.following.Follows;
import org.voisinage.moderation.ContentType;
import org.voisinage.moderation.ModeratedRows;

/** Moderation of alerts: reported, hidden (their author sees why), restored, redacted. */
@Component
class AlertModeration extends ModeratedRows<Alert> {

    private final AlertAccess access;
    private final Residents residents;
    private final Follows follows;

    AlertModeration(AlertRepository alerts, AlertAccess access, Residents residents, Follows follows,
            SiteClock clock) {
        super(ContentType.ALERT, alerts::findById, Alert::redact, clock);
        this.access = access;
        this.residents = residents;
        this.follows = follows;
    }

    @Override
    protected Summary summary(Alert a) {
        return new Summary(a.getAuthorId(), a.getNeighbourhoodId(), null, a.getWhat(), "/alertes/" + a.getId());
    }

    @Override
    protected boolean seenBy(Alert a, long residentId) {
        return access.mayReport(residents.viewer(residentId), a);
    }

    /** The neighbours' in-app lists and digests quoted it: they lose it too. */
    @Override
    protected void hiddenOrRedacted(long id) {
        follows.withdraw(Alerts.quoted(id));
    }
}
