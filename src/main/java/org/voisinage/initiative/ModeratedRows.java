package org.voisinage.initiative;

import org.springframework.transaction.annotation.Transactional;
import org.voisinage.moderation.ModeratedContent;

/** Hiding and bringing back are the same for initiatives, comments and news: only how each row is found differs. */
abstract class ModeratedRows<R extends HideableRow> implements ModeratedContent {

    abstract R find(long id);

    @Override
    @Transactional
    public void hide(long id, String reason) {
        find(id).hide(reason);
    }

    @Override
    @Transactional
    public void restore(long id) {
        find(id).restore();
    }
}
