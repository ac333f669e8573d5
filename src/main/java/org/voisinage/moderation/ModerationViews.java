package org.voisinage.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the moderation pages show. Reporters are never named: authors must not learn who reported them. */
public final class ModerationViews {

    private ModerationViews() {}

    /** One line of the queue. */
    public record QueueItem(long id, ContentRef ref, String title, int reportCount, double score, boolean autoHidden,
            Instant openedAt, Long neighbourhoodId) {}

    /** One report as moderators read it: why, and the content as it was then. */
    public record ReportLine(ReportReason reason, String details, Instant createdAt, double weight,
            boolean reporterVerified, String reportedTitle, String reportedText, String reportedPath) {}

    /** One of the author's earlier cases. */
    public record PastCase(long id, ContentRef ref, CaseStatus status, Decision decision, String reason,
            Instant openedAt) {}

    /** Who wrote the content and what moderators decided about them before. */
    public record AuthorHistory(long id, String displayName, List<PastCase> cases, long sanctions,
            org.voisinage.account.Residents.Sanction current) {}

    /** A case with everything a moderator needs to decide. */
    public record CaseView(long id, long version, ContentRef ref, CaseStatus status, Decision decision,
            String decisionReason, int reportCount, double score, boolean autoHidden, Instant openedAt,
            Long neighbourhoodId, List<ReportLine> reports, Optional<ContentSnapshot> now,
            Optional<AuthorHistory> author) {

        public boolean open() {
            return status == CaseStatus.OPEN;
        }
    }

    /** An appeal waiting for an answer. */
    public record AppealView(long id, long version, String email, Long residentId, String text, Instant createdAt) {}
}
