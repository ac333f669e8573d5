package org.voisinage.initiative;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.account.ResidentView;
import org.voisinage.common.Markdown;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;
import org.voisinage.initiative.InitiativeViews.CommentView;
import org.voisinage.initiative.InitiativeViews.Viewer;

/** An initiative's members-only discussion: verified neighbours comment; authors edit for a while, or delete. */
@Service
@Transactional(readOnly = true)
public class InitiativeDiscussion {

    private final CommentRepository comments;
    private final InitiativeRules rules;
    private final Markdown markdown;
    private final Clock clock;

    InitiativeDiscussion(CommentRepository comments, InitiativeRules rules, Markdown markdown, Clock clock) {
        this.comments = comments;
        this.rules = rules;
        this.markdown = markdown;
        this.clock = clock;
    }

    @Transactional
    public long comment(long id, long residentId, CommentForm form) {
        Initiative initiative = rules.open(id);
        ResidentView me = rules.neighbourOf(initiative, residentId);
        Instant now = clock.instant();
        Comment comment = comments.save(new Comment(id, residentId, me.displayName(), form.body(), now));
        initiative.touch(now);
        return comment.getId();
    }

    /** The author changes their comment within 15 minutes of writing it. */
    @Transactional
    public void editComment(long id, long commentId, long residentId, CommentForm form) {
        commentOf(id, commentId).edit(residentId, form.body(), clock.instant());
    }

    /** The author deletes their comment. */
    @Transactional
    public void deleteComment(long id, long commentId, long residentId) {
        Comment comment = commentOf(id, commentId);
        if (comment.getAuthorId() != residentId) {
            throw Refusal.forbidden("initiative.comment.notYours");
        }
        comments.delete(comment);
    }

    /**
     * The discussion as the page shows it, in one statement: for those who see members-only parts; hidden comments
     * for their author and moderators only.
     */
    List<CommentView> views(long initiativeId, Viewer viewer) {
        if (!viewer.seesMembersOnly()) {
            return List.of();
        }
        Instant now = clock.instant();
        return comments.findByInitiativeIdOrderByCreatedAtAscIdAsc(initiativeId).stream()
                .filter(c -> !c.isHidden() || viewer.moderator() || viewer.is(c.getAuthorId()))
                .map(c -> new CommentView(c.getId(), c.getAuthorName(), c.getBody(), markdown.html(c.getBody()),
                        c.getCreatedAt(), c.getEditedAt(), viewer.is(c.getAuthorId()),
                        viewer.id() != null && c.isEditableBy(viewer.id(), now), c.isHidden(), c.getHiddenReason()))
                .toList();
    }

    private Comment commentOf(long id, long commentId) {
        return comments.findById(commentId).filter(c -> c.getInitiativeId() == id)
                .orElseThrow(() -> new NotFoundException("comment", commentId));
    }
}
