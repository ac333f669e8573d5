package org.voisinage.moderation;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ModerationCaseRepository extends JpaRepository<ModerationCase, Long> {

    /** Opens the item's case unless one is open; two reports at once open it once. */
    @Modifying
    @Query(value = """
            insert into moderation_case (content_type, content_id, neighbourhood_id, author_id, reported_title, status, opened_at)
            values (:type, :contentId, :neighbourhoodId, :authorId, :title, 'OPEN', :now)
            on conflict (content_type, content_id) where status = 'OPEN' do nothing""", nativeQuery = true)
    void openIfNone(String type, long contentId, Long neighbourhoodId, Long authorId, String title,
            java.time.Instant now);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ModerationCase c where c.contentType = ?1 and c.contentId = ?2 "
            + "and c.status = org.voisinage.moderation.CaseStatus.OPEN")
    Optional<ModerationCase> lockOpen(ContentType type, long contentId);

    @Query("select c from ModerationCase c where c.contentType = ?1 and c.contentId = ?2 "
            + "and c.status = org.voisinage.moderation.CaseStatus.OPEN")
    Optional<ModerationCase> findOpen(ContentType type, long contentId);

    @Query("""
            select c from ModerationCase c where c.status = org.voisinage.moderation.CaseStatus.OPEN
              and (:all = true or c.neighbourhoodId in :neighbourhoods)
            order by c.score desc, c.openedAt""")
    Page<ModerationCase> queue(boolean all, Collection<Long> neighbourhoods, Pageable pageable);

    /** The author's earlier cases, newest first (their history for the moderator). */
    List<ModerationCase> findTop20ByAuthorIdAndIdNotOrderByOpenedAtDesc(long authorId, long id);

    long countByStatus(CaseStatus status);
}
