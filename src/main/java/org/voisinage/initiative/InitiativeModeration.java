package org.voisinage.initiative;

import org.springframework.stereotype.Component;
import org.voisinage.common.Markdown;
import org.voisinage.common.SiteClock;
import org.voisinage.moderation.ContentType;
import org.voisinage.moderation.ModeratedRows;

/**
 * Moderation of initiatives (their comments and news: {@link CommentModeration}, {@link InitiativeUpdateModeration}):
 * hidden ones leave every page but their author's and moderators'. Initiatives are public: anyone sees them.
 */
@Component
class InitiativeModeration extends ModeratedRows<Initiative> {

    InitiativeModeration(InitiativeRepository initiatives, Markdown markdown, SiteClock clock) {
        super(ContentType.INITIATIVE, initiatives::findById,
                (initiative, text) -> initiative.redact(text, markdown.plain(text, Initiatives.SUMMARY_LENGTH)), clock);
    }

    @Override
    protected Summary summary(Initiative i) {
        return new Summary(i.getCreatedBy(), i.getNeighbourhoodId(), i.getTitle(), i.getDescription(),
                Initiatives.path(i.getId()));
    }

    @Override
    protected boolean seenBy(Initiative i, long residentId) {
        return !i.isHidden() || i.getCreatedBy() == residentId;
    }
}
