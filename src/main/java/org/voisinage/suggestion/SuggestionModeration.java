package org.voisinage.suggestion;

import org.springframework.stereotype.Component;
import org.voisinage.account.Residents;
import org.voisinage.common.SiteClock;
import org.voisinage.moderation.ContentType;
import org.voisinage.moderation.ModeratedRows;

/** Moderation of needs: reported, hidden (their author sees why), restored, redacted. */
@Component
class SuggestionModeration extends ModeratedRows<Suggestion> {

    private final Suggestions service;
    private final Residents residents;

    SuggestionModeration(SuggestionRepository suggestions, Suggestions service, Residents residents,
            SiteClock clock) {
        super(ContentType.NEED, suggestions::findById, Suggestion::redact, clock);
        this.service = service;
        this.residents = residents;
    }

    @Override
    protected Summary summary(Suggestion s) {
        return new Summary(s.getAuthorId(), s.getNeighbourhoodId(), s.getTitle(), s.getText(), "/besoins/" + s.getId());
    }

    @Override
    protected boolean seenBy(Suggestion s, long residentId) {
        return residents.find(residentId).map(viewer -> service.visibleTo(s, viewer)).orElse(false);
    }
}
