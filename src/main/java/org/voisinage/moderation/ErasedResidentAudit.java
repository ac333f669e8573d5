package org.voisinage.moderation;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.voisinage.account.ResidentErased;

/** Staff deleting an account on the person's request is written to the audit trail, in the same transaction. */
@Component
class ErasedResidentAudit {

    private final AuditTrail trail;

    ErasedResidentAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(ResidentErased erased) {
        if (erased.erasedBy() != null) {
            trail.record(erased.erasedBy(), "account.erase", "resident:" + erased.residentId(), erased.reason());
        }
    }
}
