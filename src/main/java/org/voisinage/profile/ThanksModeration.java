package org.voisinage.profile;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentView;
import org.voisinage.account.Residents;
import org.voisinage.moderation.ContentRef;
import org.voisinage.moderation.ContentSnapshot;
import org.voisinage.moderation.ContentType;
import org.voisinage.moderation.ModeratedContent;

/** Thanks for moderation: public on the recipient's profile, so whoever sees that profile may report one. */
@Component
@Transactional(readOnly = true)
class ThanksModeration implements ModeratedContent {

    private final ThanksRepository thanks;
    private final Residents residents;
    private final ProfileAccess access;

    ThanksModeration(ThanksRepository thanks, Residents residents, ProfileAccess access) {
        this.thanks = thanks;
        this.residents = residents;
        this.access = access;
    }

    @Override
    public ContentType type() {
        return ContentType.THANKS;
    }

    @Override
    public Optional<ContentSnapshot> snapshot(long id) {
        return thanks.findById(id).map(t -> new ContentSnapshot(new ContentRef(ContentType.THANKS, id),
                t.getAuthorId(), residents.find(t.getRecipientId()).map(ResidentView::neighbourhoodId).orElse(null),
                null, t.getText(), "/voisins/" + t.getRecipientId(), t.isHidden()));
    }

    @Override
    public boolean visibleTo(long id, long residentId) {
        return thanks.findById(id).filter(t -> !t.isHidden() || t.getAuthorId() == residentId)
                .map(t -> access.maySee(residents.viewer(residentId), t.getRecipientId()))
                .orElse(false);
    }

    @Override
    @Transactional
    public void hide(long id, String reason) {
        thanks.findById(id).ifPresent(t -> t.hide(reason));
    }

    @Override
    @Transactional
    public void restore(long id) {
        thanks.findById(id).ifPresent(Thanks::restore);
    }

    @Override
    @Transactional
    public void redact(long id, String text) {
        thanks.findById(id).ifPresent(t -> t.redact(text));
    }
}
