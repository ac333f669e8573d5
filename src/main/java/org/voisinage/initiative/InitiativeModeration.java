package org.voisinage.initiative;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.Residents;
import org.voisinage.common.Markdown;
import org.voisinage.common.NotFoundException;
import org.voisinage.following.Follows;
import org.voisinage.moderation.ContentRef;
import org.voisinage.moderation.ContentSnapshot;
import org.voisinage.moderation.ContentType;

/**
 * Moderation of initiatives, their comments and their news: the hidden state and its reason live on this module's
 * rows; hidden rows leave every page but their author's and moderators'. Who can see: public parts (initiatives,
 * news) anyone; comments, verified neighbours and staff.
 */
@Component
class InitiativeModeration extends ModeratedRows<Initiative> {

    private final InitiativeRepository initiatives;
    private final Markdown markdown;

    InitiativeModeration(InitiativeRepository initiatives, Markdown markdown) {
        this.initiatives = initiatives;
        this.markdown = markdown;
    }

    @Override
    public ContentType type() {
        return ContentType.INITIATIVE;
    }

    @Override
    public Optional<ContentSnapshot> snapshot(long id) {
        return initiatives.findById(id).map(i -> new ContentSnapshot(new ContentRef(type(), id), i.getCreatedBy(),
                i.getNeighbourhoodId(), i.getTitle(), i.getDescription(), Initiatives.path(id), i.isHidden()));
    }

    @Override
    public boolean visibleTo(long id, long residentId) {
        return initiatives.findById(id).map(i -> !i.isHidden() || i.getCreatedBy() == residentId).orElse(false);
    }

    @Override
    @Transactional
    public void redact(long id, String text) {
        find(id).redact(text, markdown.plain(text, Initiatives.SUMMARY_LENGTH));
    }

    @Override
    Initiative find(long id) {
        return initiatives.findById(id).orElseThrow(() -> new NotFoundException("initiative", id));
    }

    /** Comments in the members-only discussion. */
    @Component
    static class Comments extends ModeratedRows<Comment> {

        private final CommentRepository comments;
        private final InitiativeRepository initiatives;
        private final Residents residents;

        Comments(CommentRepository comments, InitiativeRepository initiatives, Residents residents) {
            this.comments = comments;
            this.initiatives = initiatives;
            this.residents = residents;
        }

        @Override
        public ContentType type() {
            return ContentType.COMMENT;
        }

        @Override
        public Optional<ContentSnapshot> snapshot(long id) {
            return comments.findById(id).flatMap(c -> initiatives.findById(c.getInitiativeId())
                    .map(i -> new ContentSnapshot(new ContentRef(type(), id), c.getAuthorId(), i.getNeighbourhoodId(),
                            i.getTitle(), c.getBody(), Initiatives.path(i.getId()) + "#comment-" + id, c.isHidden())));
        }

        @Override
        public boolean visibleTo(long id, long residentId) {
            return comments.findById(id).filter(c -> !c.isHidden() || c.getAuthorId() == residentId)
                    .flatMap(c -> initiatives.findById(c.getInitiativeId()))
                    .filter(i -> !i.isHidden())
                    .map(i -> residents.find(residentId).map(r -> r.isMemberOf(i.getNeighbourhoodId())).orElse(false))
                    .orElse(false);
        }

        @Override
        @Transactional
        public void redact(long id, String text) {
            find(id).redact(text);
        }

        @Override
        Comment find(long id) {
            return comments.findById(id).orElseThrow(() -> new NotFoundException("comment", id));
        }
    }

    /** News posted by organisers, public like the initiative. */
    @Component
    static class Updates extends ModeratedRows<InitiativeUpdate> {

        private final InitiativeUpdateRepository updates;
        private final InitiativeRepository initiatives;
        private final Follows follows;

        Updates(InitiativeUpdateRepository updates, InitiativeRepository initiatives, Follows follows) {
            this.updates = updates;
            this.initiatives = initiatives;
            this.follows = follows;
        }

        /** Hidden news leaves the followers' in-app lists and digests too (they quoted it). */
        @Override
        @Transactional
        public void hide(long id, String reason) {
            super.hide(id, reason);
            follows.withdraw(Initiatives.quoted(id));
        }

        @Override
        public ContentType type() {
            return ContentType.INITIATIVE_UPDATE;
        }

        @Override
        public Optional<ContentSnapshot> snapshot(long id) {
            return updates.findById(id).flatMap(u -> initiatives.findById(u.getInitiativeId())
                    .map(i -> new ContentSnapshot(new ContentRef(type(), id), u.getAuthorId(), i.getNeighbourhoodId(),
                            i.getTitle(), u.getBody(), Initiatives.path(i.getId()) + "#update-" + id, u.isHidden())));
        }

        @Override
        public boolean visibleTo(long id, long residentId) {
            return updates.findById(id).filter(u -> !u.isHidden() || u.getAuthorId() == residentId)
                    .flatMap(u -> initiatives.findById(u.getInitiativeId())).map(i -> !i.isHidden()).orElse(false);
        }

        @Override
        @Transactional
        public void redact(long id, String text) {
            find(id).redact(text);
            follows.withdraw(Initiatives.quoted(id));
        }

        @Override
        InitiativeUpdate find(long id) {
            return updates.findById(id).orElseThrow(() -> new NotFoundException("update", id));
        }
    }
}
