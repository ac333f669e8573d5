package org.voisinage.moderation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContentReportRepository extends JpaRepository<ContentReport, Long> {

    boolean existsByContentTypeAndContentIdAndReporterId(ContentType type, long contentId, long reporterId);

    long countByContentTypeAndContentId(ContentType type, long contentId);

    List<ContentReport> findByCaseIdOrderByCreatedAt(long caseId);

    /** Reports of distinct verified residents in a case (one report per resident and item). */
    long countByCaseIdAndReporterVerifiedTrue(long caseId);

    @Query("""
            select count(r) from ContentReport r, ModerationCase c
            where r.caseId = c.id and r.reporterId = ?1 and c.decision = org.voisinage.moderation.Decision.DISMISS""")
    long countDismissedOf(long reporterId);
}
