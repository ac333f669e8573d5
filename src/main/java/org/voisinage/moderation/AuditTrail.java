package org.voisinage.moderation;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The log of every staff and moderator action. Modules call {@link #record} in the transaction of the action
 * itself, so an action and its log line are kept or rolled back together.
 */
@Service
public class AuditTrail {

    private final StaffActionRepository entries;
    private final Clock clock;

    AuditTrail(StaffActionRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /**
     * @param actorId who acted (a staff member or moderator)
     * @param action a stable code, "module.verb": {@code "moderation.hide"}, {@code "announcement.publish"}
     * @param subject what it was done to, "type:id": {@code "listing:42"}, {@code "resident:7"}
     * @param reason why, in the actor's words; may be null
     */
    @Transactional
    public void record(long actorId, String action, String subject, String reason) {
        entries.save(new StaffAction(actorId, action, subject, reason, clock.instant()));
    }
}
