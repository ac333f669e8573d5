package org.voisinage.moderation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.voisinage.common.Refusal;

/** One reported item waiting for (or given) a moderator's decision, with the sum of its reports. */
@Entity
@Table(name = "moderation_case")
public class ModerationCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private ContentType contentType;

    private long contentId;
    private Long neighbourhoodId;
    private Long authorId;
    private String reportedTitle;

    @Enumerated(EnumType.STRING)
    private CaseStatus status = CaseStatus.OPEN;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    private String decisionReason;
    private Long decidedBy;
    private Instant decidedAt;
    private boolean autoHidden;
    private int reportCount;
    private double score;
    private Instant openedAt;

    @Version
    private long version;

    protected ModerationCase() {}

    void add(ContentReport report) {
        reportCount++;
        score += report.getWeight();
    }

    void autoHidden() {
        this.autoHidden = true;
    }

    /**
     * Records the decision.
     *
     * @throws Refusal conflict ({@link Moderation#CASE_CHANGED}) when the case was decided meanwhile or the moderator
     *         saw an older version
     */
    void decide(long expectedVersion, Decision decision, String reason, long moderatorId, Instant now) {
        if (status != CaseStatus.OPEN || version != expectedVersion) {
            throw Refusal.conflict(Moderation.CASE_CHANGED);
        }
        this.status = CaseStatus.DECIDED;
        this.decision = decision;
        this.decisionReason = reason;
        this.decidedBy = moderatorId;
        this.decidedAt = now;
    }

    /** Whether this moderator scope covers the case: staff see all, moderators their neighbourhoods. */
    boolean visibleTo(ModeratorScope scope) {
        return scope.covers(neighbourhoodId);
    }

    public Long getId() { return id; }
    public ContentRef getRef() { return new ContentRef(contentType, contentId); }
    public Long getNeighbourhoodId() { return neighbourhoodId; }
    public Long getAuthorId() { return authorId; }
    public String getReportedTitle() { return reportedTitle; }
    public CaseStatus getStatus() { return status; }
    public Decision getDecision() { return decision; }
    public String getDecisionReason() { return decisionReason; }
    public Long getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public boolean isAutoHidden() { return autoHidden; }
    public int getReportCount() { return reportCount; }
    public double getScore() { return score; }
    public Instant getOpenedAt() { return openedAt; }
    public long getVersion() { return version; }
}
