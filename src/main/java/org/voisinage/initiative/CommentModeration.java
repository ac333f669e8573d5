package org.voisinage.initiative;

import org.springframework.stereotype.Component;
import org.voisinage.account.Residents;
import org.voisinage.common.SiteClock;
import org.voisinage.moderation.ContentType;
import org.voisinage.moderation.ModeratedRows;

/** Moderation of comments in an initiative's discussion, which its neighbourhood's verified members and staff read. */
@Component
class CommentModeration extends ModeratedRows<Comment> {

    private final InitiativeRepository initiatives;
    private final Residents residents;
    private final InitiativeAccess access;

    CommentModeration(CommentRepository comments, InitiativeRepository initiatives, Residents residents,
            InitiativeAccess access, SiteClock clock) {
        super(ContentType.COMMENT, comments::findById, Comment::redact, clock);
        this.initiatives = initiatives;
        this.residents = residents;
        this.access = access;
    }

    @Override
    protected Summary summary(Comment c) {
        Initiative i = initiatives.findById(c.getInitiativeId()).orElseThrow();
        return new Summary(c.getAuthorId(), i.getNeighbourhoodId(), i.getTitle(), c.getBody(),
                Initiatives.path(i.getId()) + "#comment-" + c.getId());
    }

    @Override
    protected boolean seenBy(Comment c, long residentId) {
        // the discussion's readers, as the initiative's policy says (fresh viewer: a sanction counts at once)
        return (!c.isHidden() || c.getAuthorId() == residentId) && initiatives.findById(c.getInitiativeId())
                .map(i -> access.maySeeMembersOnly(residents.viewer(residentId), i))
                .orElse(false);
    }
}
