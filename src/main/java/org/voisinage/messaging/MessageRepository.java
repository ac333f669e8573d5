package org.voisinage.messaging;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MessageRepository extends JpaRepository<Message, Long> {

    /** Newest first: a page of a conversation as one resident sees it (hidden messages only for their author). */
    @Query("""
            select m from Message m where m.conversationId = :conversationId
              and (m.hidden.hiddenAt is null or m.authorId = :viewerId)
            order by m.id desc""")
    List<Message> newestFirst(long conversationId, long viewerId, Pageable pageable);
}
