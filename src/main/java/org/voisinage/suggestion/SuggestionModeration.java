package org.voisinage.suggestion;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.Residents;
import org.voisinage.moderation.ContentRef;
import org.voisinage.moderation.ContentSnapshot;
import org.voisinage.moderation.ContentType;
import org.voisinage.moderation.ModeratedContent;

/** Moderation of needs: reported, hidden (their author sees why), restored, redacted. */
@Component
class SuggestionModeration implements ModeratedContent {

    private final SuggestionRepository suggestions;
    private final Suggestions service;
    private final Residents residents;

    SuggestionModeration(SuggestionRepository suggestions, Suggestions service, Residents residents) {
        this.suggestions = suggestions;
        this.service = service;
        this.residents = residents;
    }

    @Override
    public ContentType type() {
        return ContentType.NEED;
    }

    @Override
    public Optional<ContentSnapshot> snapshot(long id) {
        return suggestions.findById(id).map(s -> new ContentSnapshot(new ContentRef(ContentType.NEED, id),
                s.getAuthorId(), s.getNeighbourhoodId(), s.getTitle(), s.getText(), "/besoins/" + id, s.isHidden()));
    }

    @Override
    public boolean visibleTo(long id, long residentId) {
        return suggestions.findById(id)
                .flatMap(s -> residents.find(residentId).map(viewer -> service.visibleTo(s, viewer)))
                .orElse(false);
    }

    @Override
    @Transactional
    public void hide(long id, String reason) {
        suggestions.findById(id).ifPresent(s -> s.hide(reason));
    }

    @Override
    @Transactional
    public void restore(long id) {
        suggestions.findById(id).ifPresent(Suggestion::restore);
    }

    @Override
    @Transactional
    public void redact(long id, String text) {
        suggestions.findById(id).ifPresent(s -> s.redact(text));
    }
}
