package org.voisinage.alert;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.Residents;
import org.voisinage.following.Follows;
import org.voisinage.moderation.ContentRef;
import org.voisinage.moderation.ContentSnapshot;
import org.voisinage.moderation.ContentType;
import org.voisinage.moderation.ModeratedContent;

/** Moderation of alerts: reported, hidden (their author sees why), restored, redacted. */
@Component
class AlertModeration implements ModeratedContent {

    private final AlertRepository alerts;
    private final AlertAccess access;
    private final Residents residents;
    private final Follows follows;

    AlertModeration(AlertRepository alerts, AlertAccess access, Residents residents, Follows follows) {
        this.alerts = alerts;
        this.access = access;
        this.residents = residents;
        this.follows = follows;
    }

    @Override
    public ContentType type() {
        return ContentType.ALERT;
    }

    @Override
    public Optional<ContentSnapshot> snapshot(long id) {
        return alerts.findById(id).map(a -> new ContentSnapshot(new ContentRef(ContentType.ALERT, id), a.getAuthorId(),
                a.getNeighbourhoodId(), null, a.getWhat(), "/alertes/" + id, a.isHidden()));
    }

    @Override
    public boolean visibleTo(long id, long residentId) {
        return alerts.findById(id)
                .map(a -> access.mayReport(residents.viewer(residentId), a))
                .orElse(false);
    }

    @Override
    @Transactional
    public void hide(long id, String reason) {
        alerts.findById(id).ifPresent(a -> a.hide(reason));
        // the neighbours' in-app lists and digests quoted it: they lose it too
        follows.withdraw(Alerts.quoted(id));
    }

    @Override
    @Transactional
    public void restore(long id) {
        alerts.findById(id).ifPresent(Alert::restore);
    }

    @Override
    @Transactional
    public void redact(long id, String text) {
        alerts.findById(id).ifPresent(a -> a.redact(text));
        follows.withdraw(Alerts.quoted(id));
    }
}
