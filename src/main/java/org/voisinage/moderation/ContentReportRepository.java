package org.voisinage.moderation;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContentReportRepository extends JpaRepository<ContentReport, Long> {

    boolean existsByContentTypeAndContentIdAndReporterId(ContentType type, long contentId, long reporterId);

    long countByContentTypeAndContentId(ContentType type, long contentId);
}
