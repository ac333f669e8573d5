package org.voisinage.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.data.repository.query.Param;

interface OutboxEmailRepository extends JpaRepository<OutboxEmail, Long> {

    boolean existsByMessageId(String messageId);

    @Query("select e.messageId from OutboxEmail e where e.messageId in :messageIds")
    List<String> findExistingMessageIds(@Param("messageIds") Collection<String> messageIds);

    /**
     * Locks up to {@code limit} due emails: queued ones whose next attempt has come, and claims abandoned by
     * a sender that died. SKIP LOCKED makes concurrent senders (other instances) take other rows, never wait.
     */
    @Query(value = """
            select * from outbox_email
            where status in ('QUEUED', 'SENDING') and next_attempt_at <= :now
            order by next_attempt_at, id
            limit :limit
            for update skip locked""", nativeQuery = true)
    List<OutboxEmail> lockDue(@Param("now") Instant now, @Param("limit") int limit);

    /** {@link OutboxEmail#sent(Instant)} for a whole batch in one statement. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutboxEmail e set e.status = org.voisinage.notification.OutboxStatus.SENT, e.sentAt = :now,
                e.nextAttemptAt = null, e.lastError = null, e.sealedSecrets = null
            where e.id in :ids""")
    int markSent(@Param("ids") Collection<Long> ids, @Param("now") Instant now);

    @Query("select e from OutboxEmail e where lower(e.recipient) = lower(:recipient) order by e.id desc")
    List<OutboxEmail> findLatestTo(@Param("recipient") String recipient, Pageable pageable);

    /** Staff's list: {@code search} is a lower-case LIKE pattern ('%' for all). */
    @Query(value = """
            select new org.voisinage.notification.OutboxSummary(e.id, e.recipient, e.subject, e.status, e.attempts,
                e.createdAt, e.sentAt)
            from OutboxEmail e
            where e.status in :statuses and lower(e.recipient) like :search
            order by e.id desc""",
            countQuery = "select count(e) from OutboxEmail e where e.status in :statuses and lower(e.recipient) like :search")
    Page<OutboxSummary> summaries(@Param("statuses") Collection<OutboxStatus> statuses,
            @Param("search") String search, Pageable pageable);

    long countByStatus(OutboxStatus status);

    /**
     * Erases the bodies of at most {@code batchSize} emails sent before {@code sentBefore} (one transaction per batch,
     * see common.RetentionDeletes); the line (recipient, subject, status) stays.
     */
    @Transactional
    @Modifying
    @Query(value = """
            update outbox_email set body_text = '', body_html = '', headers = '', sealed_secrets = null,
                bodies_erased_at = :now
            where id in (select id from outbox_email
                where status = 'SENT' and bodies_erased_at is null and sent_at < :sentBefore limit :batchSize)""",
            nativeQuery = true)
    int eraseBodiesSentBefore(@Param("sentBefore") Instant sentBefore, @Param("now") Instant now,
            @Param("batchSize") int batchSize);
}
