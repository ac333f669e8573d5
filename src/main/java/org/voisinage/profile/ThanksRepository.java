package org.voisinage.profile;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ThanksRepository extends JpaRepository<Thanks, Long> {

    boolean existsByConversationIdAndAuthorId(long conversationId, long authorId);

    /** The thanks a resident received, newest first; hidden ones only for their author. */
    @Query("""
            select t from Thanks t where t.recipientId = :recipientId and (t.hidden.hiddenAt is null or t.authorId = :viewerId)
            order by t.createdAt desc, t.id desc""")
    List<Thanks> receivedBy(long recipientId, long viewerId);

    @Query("select count(t) from Thanks t where t.recipientId = :recipientId and t.hidden.hiddenAt is null")
    long countReceived(long recipientId);
}
