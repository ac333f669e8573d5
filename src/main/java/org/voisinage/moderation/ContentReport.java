package org.voisinage.moderation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One resident's report of one piece of content, with the content as it was when reported. */
@Entity
public class ContentReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private ContentType contentType;

    private long contentId;
    private long reporterId;
    private Long authorId;
    private Long neighbourhoodId;

    @Enumerated(EnumType.STRING)
    private ReportReason reason;

    private String details;
    private String reportedTitle;
    private String reportedText;
    private String reportedPath;
    private Instant createdAt;
    private Long caseId;
    private double weight = 1;
    private boolean reporterVerified;

    protected ContentReport() {}

    ContentReport(ContentSnapshot content, long reporterId, ReportReason reason, String details, Instant now) {
        this.contentType = content.ref().type();
        this.contentId = content.ref().id();
        this.reporterId = reporterId;
        this.authorId = content.authorId();
        this.neighbourhoodId = content.neighbourhoodId();
        this.reason = reason;
        this.details = details == null || details.isBlank() ? null : details.strip();
        this.reportedTitle = content.title();
        this.reportedText = content.text();
        this.reportedPath = content.path();
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public ContentRef getRef() { return new ContentRef(contentType, contentId); }
    public long getReporterId() { return reporterId; }
    public Long getAuthorId() { return authorId; }
    public Long getNeighbourhoodId() { return neighbourhoodId; }
    public ReportReason getReason() { return reason; }
    public String getDetails() { return details; }
    public String getReportedTitle() { return reportedTitle; }
    public String getReportedText() { return reportedText; }
    public String getReportedPath() { return reportedPath; }
    public Instant getCreatedAt() { return createdAt; }
    public Long getCaseId() { return caseId; }
    public double getWeight() { return weight; }
    public boolean isReporterVerified() { return reporterVerified; }

    /** Joins the item's open case with the reporter's weight (see {@code ReporterTrust}). */
    void joins(long caseId, double weight, boolean reporterVerified) {
        this.caseId = caseId;
        this.weight = weight;
        this.reporterVerified = reporterVerified;
    }
}
