package org.voisinage.moderation;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StaffActionRepository extends JpaRepository<StaffAction, Long> {

    /** Filtered: actor 0 for anyone, action "" for any (else a prefix: "moderation." for all of moderation). */
    @Query("""
            select a from StaffAction a
            where (:actor = 0 or a.actorId = :actor) and (:action = '' or a.action like concat(:action, '%'))
              and a.at >= :from and a.at < :to
            order by a.at desc, a.id desc""")
    Page<StaffAction> search(long actor, String action, Instant from, Instant to, Pageable pageable);

    /** The lines about one subject whose action starts with a prefix, newest first. */
    @Query("""
            select a from StaffAction a
            where a.subject = :subject and a.action like concat(:action, '%')
            order by a.at desc, a.id desc""")
    java.util.List<StaffAction> about(String subject, String action);
}
